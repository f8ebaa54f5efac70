package org.reshore.check;

/**
 * Something a check found in a resolved problem: {@code kind} and {@code index} say which entry of
 * the file it is about ("demand", 3 for {@code demand[3]}), so that the reader can locate it.
 */
public record Finding(String kind, int index, String message, String hint) {}
