/**
 * The composition root: {@code AppConfig} reads and validates the environment once, and {@code Wiring} builds
 * every component and hands each only what it needs. The only package that sees all the others.
 */
package touchbase.config;
