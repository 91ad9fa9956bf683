/** Screen and REST of delegations (107.1.5 C). */
package org.tryon.licensing.delegation.web;
