package io.zongjie.formats.docx;

/**
 * The faces of GB/T 9704-2012 by role, as Word and WPS name them, with the name Windows installs them under today
 * for the fallback in {@code fontTable.xml}. The same roles as the PDF's {@code FontRole}; the DOCX names the faces
 * and never embeds them, so the office's own fonts are used.
 */
enum Face {
    /** The title and attachment titles: 2号方正小标宋简体. */
    TITLE("方正小标宋简体", "FZXiaoBiaoSong-B05S", "roman", "variable"),
    /** First-level headings, the attachment label and table headers: 黑体 (SimHei). */
    HEADING1("黑体", "SimHei", "modern", "fixed"),
    /** Second-level headings and emphasis: 楷体_GB2312, on newer Windows 楷体 (KaiTi). */
    HEADING2("楷体_GB2312", "楷体", "modern", "fixed"),
    /** The body, lower headings, tables and the signature: 仿宋_GB2312, on newer Windows 仿宋 (FangSong). */
    BODY("仿宋_GB2312", "仿宋", "modern", "fixed"),
    /** Page numbers: 4号半角宋体 (SimSun). */
    PAGE_NUMBER("宋体", "SimSun", "auto", "variable");

    final String name;
    final String altName;
    final String family;
    final String pitch;

    Face(String name, String altName, String family, String pitch) {
        this.name = name;
        this.altName = altName;
        this.family = family;
        this.pitch = pitch;
    }
}
