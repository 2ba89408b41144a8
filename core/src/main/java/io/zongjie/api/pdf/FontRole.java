package io.zongjie.api.pdf;

import java.util.List;

/**
 * The typographic roles of a report after GB/T 9704-2012, each with the font files that may fill it.
 *
 * <p>Candidates are file names searched in the usual font folders: first the faces the standard names
 * (方正小标宋, 黑体, 楷体, 仿宋/宋体, as shipped with Windows or bought from Founder), then free TrueType faces that
 * Debian packages ({@code fonts-arphic-uming}, {@code fonts-wqy-zenhei}, {@code fonts-lxgw-wenkai}). A {@code .ttc}
 * candidate names its face index after a comma.
 */
public enum FontRole {
    /** The title, 2号 方正小标宋. */
    TITLE(List.of("FZXBSJW.TTF", "FZXBSJW--GB1-0.ttf", "FZXiaoBiaoSong-B05S.ttf", "方正小标宋简体.ttf",
            "FZXiaoBiaoSong-B05.ttf", "simsun.ttc,0", "uming.ttc,0", "wqy-zenhei.ttc,0", "LXGWWenKai-Regular.ttf")),
    /** First-level headings (一、) and strong runs, 黑体. */
    HEADING1(List.of("simhei.ttf", "SimHei.ttf", "wqy-zenhei.ttc,0", "uming.ttc,0", "LXGWWenKai-Regular.ttf")),
    /** Second-level headings (（一）) and emphasised runs, 楷体. */
    HEADING2(List.of("simkai.ttf", "KaiTi.ttf", "STKAITI.TTF", "LXGWWenKai-Regular.ttf", "uming.ttc,0",
            "wqy-zenhei.ttc,0")),
    /** Body text, lower headings, tables, signature and page numbers, 仿宋 or 宋体. */
    BODY(List.of("simfang.ttf", "FangSong.ttf", "STFANGSO.TTF", "simsun.ttc,0", "SimSun.ttf", "uming.ttc,0",
            "wqy-zenhei.ttc,0", "LXGWWenKai-Regular.ttf"));

    private final List<String> candidates;

    FontRole(List<String> candidates) {
        this.candidates = candidates;
    }

    /** File names (with {@code ,index} for collections) tried in order when no font is configured. */
    public List<String> candidates() {
        return candidates;
    }
}
