/**
 * PDF settings for embedders: the page layout after GB/T 9704-2012 and the fonts by role.
 *
 * <pre>{@code
 * PdfProfile profile = PdfProfile.standard()
 *         .withFontOption("body=/usr/share/fonts/truetype/arphic/uming.ttc,0")
 *         .withBody(14f, 24f);                      // a looser layout than the standard's 3号 on 22 lines
 * ReportEngine engine = ReportEngine.builder().pdfProfile(profile).build();
 * }</pre>
 */
package io.zongjie.api.pdf;
