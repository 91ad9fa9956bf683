/** Permitting's menu and the choices shared by its permit tables. */
package org.tryon.permitting.module.web;
