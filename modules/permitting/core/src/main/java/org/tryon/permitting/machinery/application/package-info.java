/**
 * Use cases of industrial machinery (108.10 G): recording the owner's declaration and its amendments
 * (G.1), the inspector's initial determinations (G.3 C), the referral to the trade chief, the joint
 * site visit and the final determinations (G.3 D), the notice of exceptions as a PDF with its
 * deliveries (G.1, 106), appeals and their outcome per item (G.2, G.3 E), unsafe installations
 * (G.3 F) and the scope of the final inspection (G.3 F.4.1); and the permit's machinery record.
 */
package org.tryon.permitting.machinery.application;
