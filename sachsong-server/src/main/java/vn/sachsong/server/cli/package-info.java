/**
 * The command line ({@code bin/sachsong}): parses arguments with picocli, starts the Spring context
 * a command needs (none for {@code generate}, no web server for imports), prints results, and maps
 * every failure to one clear line and an exit status (0 ok, 1 failure, 2 bad usage or input).
 */
package vn.sachsong.server.cli;
