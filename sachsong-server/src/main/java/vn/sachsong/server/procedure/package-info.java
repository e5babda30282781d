/**
 * Administrative procedures: the catalogue, the dossiers agencies receive (posted one by one or
 * imported from their monthly logs), the results they issue as compact JWS signed with each agency's
 * own key (published at {@code /.well-known/jwks.json}), the reuse of results and registry data a
 * dossier makes, and the programme's three rates (dossiers digitised, results electronic, dossiers
 * reusing data) kept per month and agency as dossiers and results arrive.
 */
package vn.sachsong.server.procedure;
