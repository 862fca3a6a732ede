/** Where the database's schema stands against the migrations the jar holds, read without starting Flyway. */
package touchbase.storage.schema;
