/**
 * The lexicon of attribution and hedging cues underlined in the Reader as suggestions.
 * <p>May use: base, security, document, search, annotation (it implements StatementSuggestions).
 */
package org.credence.cue;
