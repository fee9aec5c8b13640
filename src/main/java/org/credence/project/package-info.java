/**
 * Projects: investigations kept apart, each with its members (a role per project), settings and versioned guidelines.
 * <p>May use: base, security. Documents belong to a project; the features above ask here who may see and do what.
 */
package org.credence.project;
