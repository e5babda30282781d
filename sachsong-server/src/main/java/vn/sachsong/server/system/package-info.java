/**
 * System concerns: configuration, the embedded PostgreSQL and its sharing between processes,
 * the data source, error handling.
 */
package vn.sachsong.server.system;
