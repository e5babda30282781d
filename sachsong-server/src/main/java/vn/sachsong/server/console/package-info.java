/**
 * The operations centre: a bilingual web console (Vietnamese by default, English) for operators,
 * analysts and agency teams. Server-rendered pages (Spring MVC, Thymeleaf; templates and messages
 * beside this package under {@code resources/vn/sachsong/server/console/}), htmx for the live parts,
 * charts drawn by Chart.js from series the server computes. Accounts and roles with Spring Security
 * (form login, CSRF, Argon2id); what a role may do is declared on each handler ({@link
 * vn.sachsong.server.console.Access}). Every page that shows personal data is written to the audit
 * chain with the user's name. Uses the other features' public services only.
 */
package vn.sachsong.server.console;
