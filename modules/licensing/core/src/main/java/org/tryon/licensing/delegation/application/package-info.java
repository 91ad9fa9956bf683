/** Use cases of delegations of exam administration (107.1.5 C). */
package org.tryon.licensing.delegation.application;
