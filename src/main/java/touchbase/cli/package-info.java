/**
 * The command line: {@code Main} and its sub-commands (serve, migrate, plan, login, version, help).
 */
package touchbase.cli;
