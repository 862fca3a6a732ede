/**
 * The emulator's HTTP plumbing: the JDK server, requests and responses, query parameters, JSON helpers and
 * Google's error bodies ({@code ApiException}); knows no endpoint.
 */
package touchbase.google.emulator.http;
