package vn.sachsong.synth;

import java.util.List;

/**
 * The true person behind a dataset row. {@code registered} is false for people absent from the
 * registry; {@code relative} is a household member (null if none), whose ID a clerk may copy.
 */
record Subject(Person person, boolean registered, Person relative, List<NoiseKind> kinds) {
}
