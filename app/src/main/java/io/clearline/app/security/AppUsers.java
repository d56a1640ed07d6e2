package io.clearline.app.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The people who log in ({@code security.app_user}), passwords bcrypt-hashed. */
@Service
public class AppUsers implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    public AppUsers(JdbcClient jdbc, PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.events = events;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, role, enabled from security.app_user where username = ?")
                .param(username)
                .query((rs, n) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .roles(rs.getString("role"))
                        .disabled(!rs.getBoolean("enabled"))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from security.app_user where username = ?").param(username)
                .query(Integer.class).single() > 0;
    }

    public boolean anyWithRole(Role role) {
        return jdbc.sql("select count(*) from security.app_user where role = ? and enabled")
                .param(role.name()).query(Integer.class).single() > 0;
    }

    /** Creates an account; the raw password is hashed here and never kept. */
    public void create(String username, String rawPassword, Role role, boolean demo, String createdBy) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                insert into security.app_user (id, username, password_hash, role, enabled, demo, created_at)
                values (?, ?, ?, ?, true, ?, ?)""")
                .params(UUID.randomUUID(), username, passwords.encode(rawPassword), role.name(), demo,
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
        events.publishEvent(new UserCreated(username, role, demo, createdBy, now));
    }
}
