/**
 * Cleaning campaigns: loads the registry into the in-memory index, runs the core cleaning on an
 * agency file, writes the HTML and JSON reports, and records each run for the status page.
 */
package vn.sachsong.server.cleaning;
