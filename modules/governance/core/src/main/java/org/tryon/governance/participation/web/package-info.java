/** The applications, speakers, timer and resolutions screens, the public apply and speak pages and their resources. */
package org.tryon.governance.participation.web;
