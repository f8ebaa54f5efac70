package org.reshore.model;

/** A place where products are demanded, inside one economy. */
public record Market(String id, int index, int economy) {}
