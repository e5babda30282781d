/**
 * Record linkage: blocking, comparison levels, Fellegi-Sunter weights (m by EM, u by sampling),
 * term-frequency adjustment, decisions with margins and explanations, evaluation.
 */
package vn.sachsong.linkage;
