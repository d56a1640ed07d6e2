package io.clearline.app.database;

/** Which PostgreSQL this process talks to; other defaults (demo users) depend on it. */
public enum DatabaseKind {
    /** Started by this process, data in the local folder: the zero-setup default. */
    EMBEDDED,
    /** Configured by URL: a PostgreSQL someone runs and backs up. */
    EXTERNAL
}
