package org.credence.api;

/** The body of every API error: an HTTP status and a message a person understands. */
public record ApiError(int status, String error, String message) {}
