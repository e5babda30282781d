/**
 * Vietnamese text: Unicode NFC, one canonical tone-mark placement, legacy TCVN3 / VNI / VIQR
 * detection and decoding, case and space folding, accent-free keys, name parts.
 */
package vn.sachsong.text;
