/** Synthetic population generator: a registry, messy agency datasets and the truth behind them. */
package vn.sachsong.synth;
