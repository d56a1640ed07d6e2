package io.clearline.app.security;

import io.clearline.app.apikeys.ApiKeyFilter;
import io.clearline.app.apikeys.ApiKeys;
import io.clearline.app.apikeys.ApiScope;
import io.clearline.app.problems.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatchers;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two ways in. Machine clients send an API key: stateless, no session, no CSRF (a browser cannot
 * be tricked into sending a custom header cross-site). People log in with a form: session cookie,
 * CSRF protection on. Every /api endpoint then declares its role or scope with {@code @PreAuthorize}.
 * Public: {@code /actuator/health}, {@code /actuator/info}, the login page, the OpenAPI document and
 * Swagger UI (the API's shape is not a secret; calling it is).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String[] PUBLIC = {"/actuator/health", "/actuator/health/**", "/actuator/info",
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_SUPERVISOR
                ROLE_SUPERVISOR > ROLE_ANALYST""");
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiKeyChain(HttpSecurity http, ApiKeys keys, ProblemResponses problems) throws Exception {
        RequestMatcher presentsKey = ApiKeyFilter::presentsKey;
        http.securityMatcher(presentsKey)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .addFilterBefore(new ApiKeyFilter(keys, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/actuator/**").hasAuthority(ApiScope.METRICS_READ.authority())
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(ProblemSecurityHandlers.entryPoint(problems))
                        .accessDeniedHandler(ProblemSecurityHandlers.accessDenied(problems)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browserChain(HttpSecurity http, ProblemResponses problems) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher machineFacing = RequestMatchers.anyOf(path.matcher("/api/**"), path.matcher("/actuator/**"));
        // A call that is not logged in carries no ambient credentials to forge, so CSRF cannot apply:
        // let it reach authorization and get the 401 it deserves instead of a CSRF 403.
        RequestMatcher notLoggedIn = request -> {
            Authentication current = SecurityContextHolder.getContext().getAuthentication();
            return current == null || !current.isAuthenticated() || current instanceof AnonymousAuthenticationToken;
        };
        http.csrf(c -> c.ignoringRequestMatchers(RequestMatchers.allOf(machineFacing, notLoggedIn)))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .logout(Customizer.withDefaults())
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(ProblemSecurityHandlers.entryPoint(problems), machineFacing)
                        .defaultAccessDeniedHandlerFor(ProblemSecurityHandlers.accessDenied(problems), machineFacing));
        return http.build();
    }
}
