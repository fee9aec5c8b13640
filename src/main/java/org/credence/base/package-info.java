/**
 * Cross-cutting pieces every feature may use: the entity base class, code-point offsets, free-text checks, the API's paging rule, cluster messages and the main layout.
 * <p>Depends on no feature.
 */
package org.credence.base;
