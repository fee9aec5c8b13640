/**
 * What every HTTP controller shares: the JSON error shape, the exception handler, answers for unknown /api paths. Each feature's controllers live in its own web package.
 * <p>May use: base, and the exceptions of the features whose errors it maps.
 */
package org.credence.api;
