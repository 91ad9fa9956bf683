/** Sign-in (Jakarta Security), users and roles kept in MariaDB with salted, slow password hashes. */
package org.tryon.platform.security;
