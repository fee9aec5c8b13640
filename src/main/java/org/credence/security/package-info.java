/**
 * Accounts, roles and sign-in: who the caller is (CurrentUser), the role matrix in one file (Access), throttling and HTTP security.
 * <p>May use: base.
 */
package org.credence.security;
