/** The static files (stylesheet, script, favicon), read from the jar once and answered from memory. */
package touchbase.web.assets;
