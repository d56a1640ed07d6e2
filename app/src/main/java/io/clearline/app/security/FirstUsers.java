package io.clearline.app.security;

import io.clearline.app.database.DatabaseKind;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can log in: the first admin (password from {@code CLEARLINE_ADMIN_PASSWORD},
 * else generated and printed once, at the start that creates it) and, on the embedded database by
 * default, the demo users {@code analyst} / {@value #ANALYST_PASSWORD} and
 * {@code supervisor} / {@value #SUPERVISOR_PASSWORD}.
 */
@Component
class FirstUsers implements ApplicationRunner {

    static final String ANALYST_PASSWORD = "analyst-demo";
    static final String SUPERVISOR_PASSWORD = "supervisor-demo";

    private static final Logger log = LoggerFactory.getLogger(FirstUsers.class);

    private final AppUsers users;
    private final SecurityProperties properties;
    private final DatabaseKind database;

    FirstUsers(AppUsers users, SecurityProperties properties, DatabaseKind database) {
        this.users = users;
        this.properties = properties;
        this.database = database;
    }

    @Override
    public void run(ApplicationArguments args) {
        createFirstAdmin();
        boolean demo = properties.demoUsers() != null ? properties.demoUsers() : database == DatabaseKind.EMBEDDED;
        if (demo) {
            createDemoUser("analyst", ANALYST_PASSWORD, Role.ANALYST);
            createDemoUser("supervisor", SUPERVISOR_PASSWORD, Role.SUPERVISOR);
            log.warn("DEMO USERS are enabled: analyst/{} and supervisor/{} (documented passwords, for trying "
                    + "Clearline only; set clearline.security.demo-users=false for real use)",
                    ANALYST_PASSWORD, SUPERVISOR_PASSWORD);
        }
    }

    private void createFirstAdmin() {
        if (users.anyWithRole(Role.ADMIN)) {
            return;
        }
        String name = properties.adminUsername();
        String given = properties.adminPassword();
        if (given != null && !given.isBlank()) {
            users.create(name, given, Role.ADMIN, false, "system");
            log.info("first admin '{}' created with the password from CLEARLINE_ADMIN_PASSWORD", name);
            return;
        }
        String generated = generatePassword();
        users.create(name, generated, Role.ADMIN, false, "system");
        // printed this once: only its bcrypt hash is stored
        log.warn("""

                ======================================================================
                First admin created: user '{}', one-time password: {}
                This password is shown only now. Store it, or set CLEARLINE_ADMIN_PASSWORD
                before the first start next time.
                ======================================================================""", name, generated);
    }

    private void createDemoUser(String name, String password, Role role) {
        if (users.exists(name)) {
            return;
        }
        try {
            users.create(name, password, role, true, "system");
            log.info("demo user '{}' ({}) created", name, role);
        } catch (DuplicateKeyException e) {
            log.info("demo user '{}' was created by another instance meanwhile", name);
        }
    }

    private static String generatePassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
