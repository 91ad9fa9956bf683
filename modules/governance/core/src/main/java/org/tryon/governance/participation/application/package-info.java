/** Applications for seats, the public appearance, resolutions' interested parties and certified copies. */
package org.tryon.governance.participation.application;
