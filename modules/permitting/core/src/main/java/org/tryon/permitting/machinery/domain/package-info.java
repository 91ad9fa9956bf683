/**
 * Industrial machinery (106 "Industrial Machinery"; 108.10 G): the owner's signed declaration of
 * equipment claimed under NC GS 143-138(b) (G.1), the department's determinations per item, initial
 * by the field inspector (G.3 C) and final by the trade chief with the inspector after a joint site
 * visit (G.3 D), the notice of exceptions taken (G.1) and how it was delivered (106), appeals of
 * exceptions and their outcome (G.2, G.3 E), unsafe installations reported to the owner and OSHA
 * (G.3 F), and the scope of the final inspection of accepted machinery (G.3 F.4.1).
 */
package org.tryon.permitting.machinery.domain;
