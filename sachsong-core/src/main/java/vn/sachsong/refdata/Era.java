package vn.sachsong.refdata;

/** Which administrative map a unit belongs to: before or after the reform of 1 July 2025. */
public enum Era {
    /** 63 provinces with districts, valid until 30 June 2025. */
    OLD_63,
    /** 34 provinces and 3,321 communes without districts, from 1 July 2025. */
    NEW_34
}
