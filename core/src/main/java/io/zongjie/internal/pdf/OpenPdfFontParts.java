package io.zongjie.internal.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts of OpenPDF 2.0's writing of an embedded Identity-H TrueType font ({@code TrueTypeFontUnicode.writeFont})
 * that {@link CompactFontWriter} uses to write the font itself with a subset it cut: the glyphs a document used (its
 * {@code FontDetails}), its subset prefix, and the dictionaries OpenPDF builds around the program (descriptor,
 * CIDFont, Type 0 font), from OpenPDF's own methods, so that they are exactly OpenPDF's.
 *
 * <p>OpenPDF keeps all of it package-private or private (its {@code writeFont} cannot be overridden outside its
 * package), so the members are reached by reflection, looked up once. When any is missing — another OpenPDF version —
 * {@link #get()} is empty, and every document's fonts are written by OpenPDF as they were before.
 */
final class OpenPdfFontParts {

    private static final Logger LOG = LoggerFactory.getLogger(OpenPdfFontParts.class);

    private static final Optional<OpenPdfFontParts> INSTANCE = lookUp();

    private final Field longTag;
    private final Method fillerCmap;
    private final Method indirectReference;
    private final Method subsetPrefix;
    private final Method fontDescriptor;
    private final Method cidFont;
    private final Method type0;
    private final Class<?> unicodeFont;

    private OpenPdfFontParts(Class<?> details, Class<?> trueType, Class<?> unicode) throws ReflectiveOperationException {
        unicodeFont = unicode;
        longTag = accessible(details.getDeclaredField("longTag"));
        fillerCmap = accessible(details.getDeclaredMethod("getFillerCmap"));
        indirectReference = accessible(details.getDeclaredMethod("getIndirectReference"));
        subsetPrefix = accessible(BaseFont.class.getDeclaredMethod("createSubsetPrefix"));
        fontDescriptor = accessible(trueType.getDeclaredMethod("getFontDescriptor", PdfIndirectReference.class,
                String.class, PdfIndirectReference.class));
        cidFont = accessible(unicode.getDeclaredMethod("getCIDFontType2", PdfIndirectReference.class, String.class,
                int[][].class));
        type0 = accessible(unicode.getDeclaredMethod("getFontBaseType", PdfIndirectReference.class, String.class,
                PdfIndirectReference.class));
    }

    /** The parts, or empty when this OpenPDF does not have them all (then OpenPDF writes the fonts). */
    static Optional<OpenPdfFontParts> get() {
        return INSTANCE;
    }

    private static Optional<OpenPdfFontParts> lookUp() {
        try {
            ClassLoader loader = BaseFont.class.getClassLoader();
            return Optional.of(new OpenPdfFontParts(Class.forName("com.lowagie.text.pdf.FontDetails", false, loader),
                    Class.forName("com.lowagie.text.pdf.TrueTypeFont", false, loader),
                    Class.forName("com.lowagie.text.pdf.TrueTypeFontUnicode", false, loader)));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("OpenPDF's font internals are not as expected ({}); it subsets the fonts itself", e.toString());
            return Optional.empty();
        }
    }

    private static <T extends java.lang.reflect.AccessibleObject> T accessible(T member) {
        member.setAccessible(true);
        return member;
    }

    /** Whether OpenPDF writes this font as an Identity-H TrueType font, the kind these parts are for. */
    boolean isUnicodeTrueType(BaseFont font) {
        return unicodeFont.isInstance(font) && font.getFontType() == BaseFont.FONT_TYPE_TTUNI;
    }

    /** The glyphs a document used in a font, by glyph ID: {glyph ID, width, Unicode}. Not to be changed. */
    @SuppressWarnings("unchecked")
    Map<Integer, int[]> usedGlyphs(Object details) {
        return (Map<Integer, int[]>) read(longTag, details);
    }

    /** The font's filler CMap entries (OpenPDF's glyph substitution), for the ToUnicode map. */
    @SuppressWarnings("unchecked")
    Map<Integer, int[]> fillerCmap(Object details) {
        return (Map<Integer, int[]>) call(fillerCmap, details);
    }

    /** The reference the pages use for the font: the object its Type 0 dictionary is written to. */
    PdfIndirectReference reference(Object details) {
        return (PdfIndirectReference) call(indirectReference, details);
    }

    /** A new subset prefix ({@code ABCDEF+}), drawn from the font's random source as OpenPDF draws it. */
    String subsetPrefix(BaseFont font) {
        return (String) call(subsetPrefix, font);
    }

    PdfDictionary fontDescriptor(BaseFont font, PdfIndirectReference program, String prefix,
            PdfIndirectReference cidSet) {
        return (PdfDictionary) call(fontDescriptor, font, program, prefix, cidSet);
    }

    PdfDictionary cidFont(BaseFont font, PdfIndirectReference descriptor, String prefix, int[][] metrics) {
        return (PdfDictionary) call(cidFont, font, descriptor, prefix, metrics);
    }

    PdfDictionary type0(BaseFont font, PdfIndirectReference descendant, String prefix,
            PdfIndirectReference toUnicodeMap) {
        return (PdfDictionary) call(type0, font, descendant, prefix, toUnicodeMap);
    }

    private static Object read(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object call(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
