/**
 * The database adapter: Jdbi repositories behind the capabilities' ports (every read and write scoped to an
 * account), the SQL dialects of SQLite and PostgreSQL, token encryption and the Flyway migrations.
 */
package touchbase.storage;
