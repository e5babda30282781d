/**
 * Cleaning an agency file against the registry: every row read, parsed, linked, corrected and
 * written back in order with its personal ID, status, score, registry status and corrections,
 * plus the figures a report needs. Plain Java; the server feeds it the registry index.
 */
package vn.sachsong.cleaning;
