/** Officers and elections, removals, subcommittees and closed sessions. */
package org.tryon.governance.officers.application;
