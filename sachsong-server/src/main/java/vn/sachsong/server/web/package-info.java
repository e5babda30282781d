/** Pages for people: the status view (registry size, last import) and, later, the dashboard. */
package vn.sachsong.server.web;
