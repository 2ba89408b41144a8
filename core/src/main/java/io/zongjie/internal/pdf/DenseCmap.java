package io.zongjie.internal.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TrueType font's character map as OpenPDF holds it ({@code HashMap<Integer, int[]>}: a character to its glyph
 * and advance), answered from an array for the Basic Multilingual Plane.
 *
 * <p>OpenPDF looks every character of a report up in this map to measure it, each time a line is broken or a table
 * cell sized: a boxed key and a hash lookup into tens of thousands of entries, about 8 % of a batch's time. The map
 * is read once, when the font is parsed, and never changed after; so {@link #install} swaps each of a parsed font's
 * maps for this view of it, which remembers each character's entry in a table indexed by the character the first
 * time it is asked for, and answers from the table after. Everything else — size, walking the entries, equality —
 * is the original map's. The arrays it returns are the map's own, so nothing OpenPDF computes from them changes. It
 * cannot be changed: every mutator throws. Threads share the table without locks: a slot holds the one entry of its
 * character, or nothing yet, and is written whole.
 *
 * <p>The maps are OpenPDF's protected fields, reached by reflection; when they are not there (another OpenPDF),
 * fonts keep their own maps and work as before, only slower.
 */
final class DenseCmap extends HashMap<Integer, int[]> {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = LoggerFactory.getLogger(DenseCmap.class);

    /** TrueTypeFont's character maps: (1,0) or (3,0), (3,1), and the extended one (3,10) or (0,4). */
    private static final List<Field> FIELDS = lookUp("cmap10", "cmap31", "cmapExt");

    /** The table's mark of a character the map does not have. */
    private static final int[] ABSENT = new int[0];

    /** The map itself. */
    private final transient HashMap<Integer, int[]> map;

    /** The entries of the Basic Multilingual Plane asked for so far, by character: null not yet asked. */
    private final transient int[][] bmp = new int[0x10000][];

    private DenseCmap(HashMap<Integer, int[]> map) {
        super(0);
        this.map = map;
    }

    /** Gives each of a parsed TrueType font's character maps its dense twin; any other font is left as it is. */
    static void install(BaseFont font) {
        for (Field field : FIELDS) {
            if (!field.getDeclaringClass().isInstance(font)) {
                continue;
            }
            try {
                Object map = field.get(font);
                if (map instanceof HashMap<?, ?> m && !(map instanceof DenseCmap)) {
                    @SuppressWarnings("unchecked")
                    HashMap<Integer, int[]> cmap = (HashMap<Integer, int[]>) m;
                    field.set(font, new DenseCmap(cmap));
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.debug("OpenPDF's character map {} stays a HashMap: {}", field.getName(), e.toString());
            }
        }
    }

    private static List<Field> lookUp(String... names) {
        try {
            Class<?> trueType = Class.forName("com.lowagie.text.pdf.TrueTypeFont", false,
                    BaseFont.class.getClassLoader());
            java.util.ArrayList<Field> fields = new java.util.ArrayList<>();
            for (String name : names) {
                Field f = trueType.getDeclaredField(name);
                if (f.getType() != HashMap.class || Modifier.isStatic(f.getModifiers())
                        || Modifier.isFinal(f.getModifiers())) {
                    LOG.debug("OpenPDF's TrueTypeFont.{} is not a HashMap field; fonts keep their maps", name);
                    return List.of();
                }
                f.setAccessible(true);
                fields.add(f);
            }
            return List.copyOf(fields);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("OpenPDF's character maps are out of reach ({}); fonts keep their maps", e.toString());
            return List.of();
        }
    }

    @Override
    public int[] get(Object key) {
        if (key instanceof Integer c && c >= 0 && c <= 0xFFFF) {
            int[] known = bmp[c];
            if (known == null) {
                int[] entry = map.get(c);
                known = entry == null ? ABSENT : entry;
                bmp[c] = known;
            }
            return known == ABSENT ? null : known;
        }
        return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public int[] getOrDefault(Object key, int[] fallback) {
        return map.getOrDefault(key, fallback);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public boolean containsValue(Object value) {
        return map.containsValue(value);
    }

    @Override
    public Set<Map.Entry<Integer, int[]>> entrySet() {
        return Collections.unmodifiableMap(map).entrySet();
    }

    @Override
    public Set<Integer> keySet() {
        return Collections.unmodifiableSet(map.keySet());
    }

    @Override
    public Collection<int[]> values() {
        return Collections.unmodifiableCollection(map.values());
    }

    @Override
    public void forEach(java.util.function.BiConsumer<? super Integer, ? super int[]> action) {
        map.forEach(action);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || map.equals(o);
    }

    @Override
    public int hashCode() {
        return map.hashCode();
    }

    @Override
    public String toString() {
        return map.toString();
    }

    // ------------------------------------------------------------ read-only: the table must agree with the map

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("a font's character map is read-only once parsed");
    }

    @Override
    public int[] put(Integer key, int[] value) {
        throw readOnly();
    }

    @Override
    public void putAll(Map<? extends Integer, ? extends int[]> m) {
        throw readOnly();
    }

    @Override
    public int[] remove(Object key) {
        throw readOnly();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw readOnly();
    }

    @Override
    public void clear() {
        throw readOnly();
    }

    @Override
    public int[] putIfAbsent(Integer key, int[] value) {
        throw readOnly();
    }

    @Override
    public boolean replace(Integer key, int[] oldValue, int[] newValue) {
        throw readOnly();
    }

    @Override
    public int[] replace(Integer key, int[] value) {
        throw readOnly();
    }

    @Override
    public int[] computeIfAbsent(Integer key, Function<? super Integer, ? extends int[]> f) {
        throw readOnly();
    }

    @Override
    public int[] computeIfPresent(Integer key, BiFunction<? super Integer, ? super int[], ? extends int[]> f) {
        throw readOnly();
    }

    @Override
    public int[] compute(Integer key, BiFunction<? super Integer, ? super int[], ? extends int[]> f) {
        throw readOnly();
    }

    @Override
    public int[] merge(Integer key, int[] value, BiFunction<? super int[], ? super int[], ? extends int[]> f) {
        throw readOnly();
    }

    @Override
    public void replaceAll(BiFunction<? super Integer, ? super int[], ? extends int[]> f) {
        throw readOnly();
    }

    @Override
    public Object clone() {
        throw new UnsupportedOperationException("a font's character map is not copied");
    }
}
