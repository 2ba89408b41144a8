package io.zongjie.internal.pdf;

import io.zongjie.document.Block;
import io.zongjie.document.Document;
import io.zongjie.document.DocumentMeta;
import io.zongjie.document.Heading;
import io.zongjie.document.Inline;
import io.zongjie.document.ListBlock;
import io.zongjie.document.Paragraph;
import io.zongjie.document.Recipient;
import io.zongjie.document.Signature;
import io.zongjie.document.Table;
import io.zongjie.document.Title;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Realistic documents for renderer tests and benchmarks. Every method returns the same document on every call. */
public final class SampleDocuments {

    private SampleDocuments() {
    }

    /** The meta of the sample school union's 2023 report. */
    public static DocumentMeta meta() {
        return new DocumentMeta("滨江实验中学2023年工会工作总结", "滨江实验中学工会委员会", "2023年工会工作总结",
                List.of("思想政治引领", "送温暖与职工福利", "民主管理", "文体活动"), LocalDate.of(2023, 12, 28));
    }

    /**
     * A full annual report of about ten pages: title, recipient, headings of all four levels, long paragraphs with
     * figures and Latin words, lists, an 80-row table that spans pages, and a signature.
     */
    public static Document annualReport() {
        List<Block> b = new ArrayList<>();
        b.add(new Title("滨江实验中学2023年工会工作总结"));
        b.add(new Recipient("区教育工会："));
        b.add(Paragraph.of("2023年，在区教育工会和学校党总支的坚强领导下，校工会坚持以习近平新时代中国特色社会主义思想为指导，"
                + "全面贯彻党的二十大精神，紧紧围绕学校“立德树人、质量立校”的中心工作，团结带领全校156名教职工，"
                + "在思想引领、民主管理、维权服务、文体活动等方面做了大量工作，现将一年来的工作总结如下。"));
        b.add(new Heading(1, "一、", "加强思想政治引领，凝聚教职工奋进力量"));
        b.add(new Heading(2, "（一）", "深入开展主题教育"));
        b.add(new Paragraph(List.of(
                new Inline.Text("工会把学习贯彻党的二十大精神作为首要政治任务，组织集中学习12次、专题讲座4场，"),
                new Inline.Strong("参与教职工达1,872人次"),
                new Inline.Text("。通过“学习强国”App、钉钉（DingTalk）群和校园网开设“工会之声”专栏，推送学习资料86篇；"
                        + "组织开展“我为群众办实事”实践活动，解决教职工急难愁盼问题23件，群众满意率达98.6%。"))));
        b.add(new Heading(3, "1.", "师德师风建设"));
        b.add(Paragraph.of("以“四有”好老师标准为引领，开展师德师风专题教育月活动，签订《师德承诺书》156份，评选“最美教师”10名、"
                + "“师德标兵”6名。组织青年教师赴嘉兴南湖、安吉余村开展红色研学，撰写心得体会42篇，其中3篇在《中国教师报》发表。"));
        b.add(new Heading(4, "（1）", "青年教师成长营"));
        b.add(new Paragraph(List.of(
                new Inline.Text("联合教务处开设“青蓝工程”成长营，结对师徒28对；邀请华东师范大学（ECNU）专家开展"),
                new Inline.Emphasis("“新课标下的大单元教学设计”"),
                new Inline.Text("专题培训，并以PBL（Project-Based Learning）方式完成课例研磨15节。"))));
        b.add(new Heading(4, "（2）", "骨干教师示范引领"));
        b.add(Paragraph.of("发挥名师工作室辐射作用，开展送教下乡8次、公开课展示32节，覆盖兄弟学校7所；"
                + "2名教师获评市级学科带头人，5名教师在省优质课评比中获一等奖。"));
        b.add(new Heading(2, "（二）", "加强工会自身建设"));
        b.add(Paragraph.of("健全工会委员会议事规则，全年召开工会委员会会议11次、分工会组长会议6次；完善工会经费管理制度，"
                + "经费收支做到账目清楚、公开透明，接受经审委员会审查2次，审计意见全部整改到位。"));
        b.add(new ListBlock(true, List.of(
                List.of(new Inline.Text("修订《工会经费使用管理办法》，明确慰问标准和审批流程；")),
                List.of(new Inline.Text("建立教职工信息库，动态更新生日、婚育、住院等信息，做到“四必访”；")),
                List.of(new Inline.Text("完成“职工之家”提档升级，新增健身器材12件、图书1,200册。")))));

        b.add(new Heading(1, "二、", "送温暖与职工福利"));
        b.add(Paragraph.of("坚持把服务教职工作为工作的出发点和落脚点。元旦、春节期间走访慰问困难教职工、退休教职工和生病住院教职工"
                + "共计80人次，发放慰问金及慰问品合计人民币128,600元；为全体会员办理职工互助保障，参保率100%。"
                + "三八妇女节组织女教职工开展“巾帼心向党·奋进新征程”主题活动，并安排两癌筛查，受检率96%。"));
        b.add(new Table("2023年送温暖走访慰问明细", List.of("序号", "日期", "对象", "事由", "金额（元）"), visits(80)));
        b.add(Paragraph.of("上述慰问全部按照《工会经费收支管理办法》执行，做到一人一档、审批齐全、公开公示，"
                + "教职工普遍反映“温暖送到了心坎上”。"));

        b.add(new Heading(1, "三、", "推进民主管理，维护教职工合法权益"));
        b.add(Paragraph.of("召开第五届教职工代表大会第三次会议，审议通过《学校绩效工资分配方案（修订稿）》《教职工考勤管理办法》等"
                + "4项制度，征集提案37件，立案21件，办结率100%。深化校务公开，通过公开栏、OA系统和教代会报告等形式公开事项64项。"));
        b.add(new Heading(2, "（一）", "落实教代会职权"));
        b.add(Paragraph.of("严格执行“会前征集、会中审议、会后督办”的工作机制；对涉及教职工切身利益的职称评聘、评优评先、"
                + "绩效分配等事项，坚持先经教代会审议后实施，保障了教职工的知情权、参与权、表达权和监督权。"));
        b.add(new Heading(2, "（二）", "关爱教职工身心健康"));
        b.add(new ListBlock(false, List.of(
                List.of(new Inline.Text("组织全体教职工健康体检，体检率达99.4%；")),
                List.of(new Inline.Text("开设心理健康讲座3场，引进EAP（Employee Assistance Program）服务；")),
                List.of(new Inline.Strong("设立“教工爱心妈咪小屋”"), new Inline.Text("，方便哺乳期女教师。")))));

        b.add(new Heading(1, "四、", "丰富文体活动，建设和谐校园"));
        b.add(Paragraph.of("坚持“月月有活动、人人都参与”，全年组织教职工气排球、羽毛球、趣味运动会、读书沙龙、摄影比赛等活动18项，"
                + "参与面达95%以上。学校教工气排球队获区教职工气排球比赛第二名，合唱团在市“欢乐颂”合唱节中获金奖。"));
        for (int i = 0; i < 4; i++) {
            b.add(Paragraph.of("第" + (i + 1) + "季度，工会围绕“健康生活、快乐工作”主题，组织了登山、徒步、瑜伽、太极拳等群众性健身活动，"
                    + "累计参与" + (120 + i * 7) + "人次；同时开设书法、插花、烘焙等兴趣小组，丰富了教职工的业余文化生活，"
                    + "增强了队伍的凝聚力和向心力，为学校各项工作的顺利开展营造了良好氛围。"));
        }
        b.add(new Heading(1, "五、", "存在的不足和下一步打算"));
        b.add(Paragraph.of("一年来，工会工作虽然取得了一定成绩，但也存在一些不足：一是服务教职工的精准度还需提高；"
                + "二是青年教职工参与工会活动的积极性有待进一步激发；三是工会干部的业务能力还需加强。2024年，"
                + "校工会将继续在区教育工会和学校党总支的领导下，守正创新、担当作为，为建设高质量教育体系贡献工会力量。"));
        b.add(new Signature(List.of("滨江实验中学工会委员会", "2023年12月28日")));
        return new Document(meta(), b);
    }

    /** Rows of the visits table: number, date, person, reason and a whole-yuan amount. */
    static List<List<String>> visits(int count) {
        String[] reasons = {"春节慰问困难教职工", "住院慰问", "退休教职工节日慰问", "生育慰问", "直系亲属丧葬慰问",
            "金秋助学（子女考入大学）"};
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int month = 1 + (i * 11 / count);
            int day = 1 + (i * 7) % 28;
            rows.add(List.of(String.valueOf(i + 1), String.format("2023-%02d-%02d", month, day),
                    surnames[i % surnames.length] + "老师（" + (char) ('A' + i % 26) + "）", reasons[i % reasons.length],
                    String.format("%,d", 500 + (i * 137) % 2500)));
        }
        return rows;
    }

    /**
     * Paragraphs dense with punctuation in every position: quotes, brackets, titles, dashes, ellipses, Latin words
     * and numbers, so that some mark falls at every line end and line start.
     */
    public static Document punctuationStress(long seed, int paragraphs) {
        Random random = new Random(seed);
        String han = "工会教职工服务学校组织开展活动慰问困难职工代表大会民主管理制度建设文化体育健康关爱青年教师培训";
        String[] closing = {"，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】", "”", "’", "……", "——", "%"};
        String[][] pairs = {{"（", "）"}, {"《", "》"}, {"“", "”"}, {"‘", "’"}, {"「", "」"}, {"【", "】"}, {"〔", "〕"}};
        String[] latin = {"PDF", "OpenPDF", "2023", "98.6%", "COVID-19", "EAP", "v2.0.5", "1,872", "GB/T9704"};
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Title("标点禁则测试"));
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder s = new StringBuilder();
            int length = 150 + random.nextInt(250);
            while (s.length() < length) {
                int pick = random.nextInt(10);
                if (pick < 5) {
                    s.append(han.charAt(random.nextInt(han.length())));
                } else if (pick < 7) {
                    s.append(closing[random.nextInt(closing.length)]);
                } else if (pick < 9) {
                    String[] pair = pairs[random.nextInt(pairs.length)];
                    s.append(pair[0]);
                    for (int k = 1 + random.nextInt(4); k > 0; k--) {
                        s.append(han.charAt(random.nextInt(han.length())));
                    }
                    s.append(pair[1]);
                } else {
                    s.append(latin[random.nextInt(latin.length)]);
                }
            }
            blocks.add(Paragraph.of(s.toString()));
        }
        return new Document(meta(), blocks);
    }
}
