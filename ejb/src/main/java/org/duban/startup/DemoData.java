package org.duban.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.archive.Filing;
import org.duban.calendar.Calendars;
import org.duban.history.Act;
import org.duban.history.Actor;
import org.duban.item.Category;
import org.duban.item.HaltKind;
import org.duban.item.ItemDraft;
import org.duban.item.ItemDraft.MilestonePlan;
import org.duban.item.ItemNumbering;
import org.duban.item.ItemState;
import org.duban.item.Priority;
import org.duban.item.QuantifiedTarget;
import org.duban.item.ReportingCycle;
import org.duban.item.ReworkKind;
import org.duban.item.SupervisionItem;
import org.duban.item.Urging.UrgingRecord;
import org.duban.item.UrgingMethod;
import org.duban.organization.Account;
import org.duban.organization.PasswordHashing;
import org.duban.organization.Role;
import org.duban.organization.Unit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A living college for newcomers and the quick start: a dozen units, one account per role and some forty items in
 * every state and category with their histories, some overdue. Only when the system property {@code duban.demo} is
 * {@code true}, and only into an empty database; a production deployment never has these accounts.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    public static final String SWITCH = "duban.demo";
    public static final String PASSWORD = "duban2026";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private static final String[][] UNITS = {
            {"DB", "党政办公室"}, {"YLD", "学院领导"}, {"JW", "教务处"}, {"XG", "学生工作处"}, {"HQ", "后勤管理处"},
            {"CW", "财务处"}, {"RS", "人事处"}, {"KY", "科研处"}, {"ZS", "招生就业处"}, {"XX", "信息技术中心"},
            {"YX", "药学院"}, {"DA", "档案室"}};

    private static final String[] TITLES = {
            "落实党委会关于实验室安全整改的决定", "推进智慧校园二期建设", "完成年度教学质量报告", "整改学生宿舍消防隐患",
            "落实院长办公会关于食堂价格的议定事项", "制定科研经费管理办法实施细则", "做好毕业生就业质量年度报告",
            "推进药学专业群建设", "落实省教育厅专项督查反馈意见", "完成教职工年度考核工作", "处理学生反映的热水供应问题",
            "修订学院招生章程", "建设校园网络安全等级保护", "落实上级关于意识形态工作的部署", "推进校企合作实训基地建设",
            "完成固定资产清查", "落实党政联席会议关于职称评审的决定", "开展师德师风专题教育", "推进图书馆数字化改造",
            "处理校外人员反映的施工噪音问题"};

    /** The state each demo item is brought to, in the order they are made: every state, in realistic numbers. */
    private static final ItemState[] STATES = {
            ItemState.DRAFT, ItemState.DRAFT, ItemState.DRAFT, ItemState.IN_CONSULTATION, ItemState.IN_CONSULTATION,
            ItemState.PENDING_APPROVAL, ItemState.PENDING_APPROVAL, ItemState.PENDING_APPROVAL, ItemState.REGISTERED,
            ItemState.REGISTERED, ItemState.ASSIGNED, ItemState.ASSIGNED, ItemState.ASSIGNED, ItemState.ASSIGNED,
            ItemState.IN_PROGRESS, ItemState.IN_PROGRESS, ItemState.IN_PROGRESS, ItemState.IN_PROGRESS,
            ItemState.IN_PROGRESS, ItemState.IN_PROGRESS, ItemState.IN_PROGRESS, ItemState.IN_PROGRESS,
            ItemState.IN_PROGRESS, ItemState.IN_PROGRESS, ItemState.SUBMITTED, ItemState.SUBMITTED,
            ItemState.SUBMITTED, ItemState.SUBMITTED, ItemState.COMPLETED, ItemState.COMPLETED, ItemState.COMPLETED,
            ItemState.FED_BACK, ItemState.FED_BACK, ItemState.FED_BACK, ItemState.ARCHIVED, ItemState.ARCHIVED,
            ItemState.ARCHIVED, ItemState.CANCELLED, ItemState.SUSPENDED, ItemState.TERMINATED};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private Clock clock;

    @EJB
    private ItemNumbering numbering;

    @EJB
    private Filing filing;

    @EJB
    private Calendars calendars;

    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, Account> accounts = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean(SWITCH)) {
            return;
        }
        if (em.createQuery("select count(a) from Account a", Long.class).getSingleResult() > 0) {
            LOG.info("Demo data: the database already has accounts; nothing added");
            return;
        }
        for (String[] unit : UNITS) {
            Unit entity = new Unit(unit[0], unit[1]);
            em.persist(entity);
            units.put(unit[0], entity);
        }
        String hash = passwords.hash(PASSWORD);
        account("office", "张督办", "DB", hash, Role.OFFICE_STAFF);
        account("director", "刘主任", "DB", hash, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF);
        account("leader", "王院长", "YLD", hash, Role.LEADER);
        account("leader2", "陈副院长", "YLD", hash, Role.LEADER);
        account("archivist", "赵档案", "DA", hash, Role.ARCHIVIST);
        account("admin", "孙管理", "XX", hash, Role.ADMIN);
        String[][] heads = {{"jw", "JW", "李处长"}, {"xg", "XG", "周处长"}, {"hq", "HQ", "吴处长"}, {"cw", "CW", "郑处长"},
                {"rs", "RS", "冯处长"}, {"ky", "KY", "褚处长"}, {"zs", "ZS", "卫处长"}, {"xx", "XX", "蒋主任"},
                {"yx", "YX", "沈院长"}};
        for (String[] head : heads) {
            account(head[0] + ".head", head[2], head[1], hash, Role.UNIT_HEAD);
            account(head[0] + ".staff", head[2].charAt(0) + "老师", head[1], hash, Role.UNIT_STAFF);
        }
        for (int i = 0; i < STATES.length; i++) {
            SupervisionItem item = item(i, STATES[i]);
            em.persist(item);
            if (item.getState() == ItemState.ARCHIVED) {
                em.flush();
                filing.file(item, null, null, new Act(new Actor("office", Role.OFFICE_STAFF), item.getLastActionAt(),
                        clock.getZone()));
            }
            em.flush();
        }
        LOG.info("Demo data: " + units.size() + " units, " + accounts.size() + " accounts, " + STATES.length + " items");
    }

    private void account(String username, String name, String unit, String hash, Role... roles) {
        Account account = new Account(username, name, units.get(unit), EnumSet.of(roles[0], roles), hash);
        account.changeEmail(username + "@duban.local");
        em.persist(account);
        accounts.put(username, account);
    }

    /** Item {@code n}, made in the past and brought to {@code target} step by step, as people would have done. */
    private SupervisionItem item(int n, ItemState target) {
        String[] workUnits = {"JW", "XG", "HQ", "CW", "RS", "KY", "ZS", "XX", "YX"};
        String leadCode = workUnits[n % workUnits.length];
        Unit lead = units.get(leadCode);
        Unit co = units.get(workUnits[(n + 4) % workUnits.length]);
        String head = leadCode.toLowerCase() + ".head";
        String staff = leadCode.toLowerCase() + ".staff";
        LocalDate today = LocalDate.now(clock);
        Story story = new Story(Instant.now(clock).minus(Duration.ofDays(70 - n)));
        boolean overdue = target == ItemState.ASSIGNED && n % 2 == 0 || target == ItemState.IN_PROGRESS && n % 3 == 0;
        LocalDate due = overdue ? today.minusDays(3 + n % 7) : today.plusDays(5 + n % 25);
        Category category = Category.values()[n % Category.values().length];
        List<MilestonePlan> milestones = n % 5 == 0
                ? List.of(new MilestonePlan("完成方案制定", due.minusDays(2))) : List.of();
        ItemDraft draft = new ItemDraft(category, sourceOf(category, n), "〔" + today.getYear() + "〕" + (n + 1) + "号",
                TITLES[n % TITLES.length] + (n >= TITLES.length ? "（第二阶段）" : ""),
                "按照学院部署，由" + lead.getName() + "牵头，" + co.getName() + "配合，抓好落实。",
                "明确责任人和时间节点，按期报送进展，办结后提交办结报告及佐证材料。",
                List.of(new QuantifiedTarget("形成工作方案", "1份"), new QuantifiedTarget("完成整改或建设任务", (n % 9 + 1) * 10 + "项")),
                lead, Set.of(co), accounts.get(n % 2 == 0 ? "leader" : "leader2"),
                Priority.values()[n % Priority.values().length], due, ReportingCycle.values()[n % 4], milestones);

        SupervisionItem item = SupervisionItem.draft(draft, story.next("office", Role.OFFICE_STAFF));
        if (target == ItemState.DRAFT) {
            return item;
        }
        if (target == ItemState.IN_CONSULTATION || n % 4 == 0) {
            item.sendForConsultation(Set.of(lead), Set.of(), "请对任务分解和时限提出意见", story.next("office", Role.OFFICE_STAFF));
            if (target == ItemState.IN_CONSULTATION) {
                return item;
            }
            item.comment("同意，建议时限适当放宽", story.next(head, Role.UNIT_HEAD));
        }
        item.submitForApproval(null, story.next("office", Role.OFFICE_STAFF));
        if (target == ItemState.PENDING_APPROVAL) {
            return item;
        }
        String leader = item.getLeaderInCharge().getUsername();
        if (target == ItemState.CANCELLED) {
            item.cancel("与已立项事项重复", story.next(leader, Role.LEADER));
            return item;
        }
        Act approval = story.next(leader, Role.LEADER);
        item.approve(numbering.next(approval.today().getYear()), "同意立项", approval);
        if (target == ItemState.REGISTERED) {
            return item;
        }
        item.assign("请按交办单要求办理", story.next("office", Role.OFFICE_STAFF));
        if (target == ItemState.ASSIGNED) {
            if (overdue) {
                Act phone = story.next("office", Role.OFFICE_STAFF);
                item.urge(new UrgingRecord(UrgingMethod.PHONE, phone.today(), null, "电话提醒签收", "承诺当日签收"), phone);
            }
            return item;
        }
        item.acknowledge(co, story.next(co.getCode().toLowerCase() + ".head", Role.UNIT_HEAD));
        item.acknowledge(lead, story.next(head, Role.UNIT_HEAD));
        item.handOver(accounts.get(staff), story.next(head, Role.UNIT_HEAD));
        item.reportProgress("已完成前期调研，正在推进。", story.next(staff, Role.UNIT_STAFF));
        if (overdue) {
            Act letter = story.next("office", Role.OFFICE_STAFF);
            item.urge(new UrgingRecord(UrgingMethod.LETTER, letter.today(), null, "发催办函，要求说明逾期原因", null), letter);
            Act interview = story.next("director", Role.OFFICE_DIRECTOR);
            item.urge(new UrgingRecord(UrgingMethod.INTERVIEW, interview.today(), head + "、" + staff, "约谈责任单位负责人",
                    "一周内完成"), interview);
        }
        if (target == ItemState.IN_PROGRESS && n % 4 == 1 && !overdue) {
            item.requestExtension("设备采购周期延长", due.plusDays(20), story.next(head, Role.UNIT_HEAD));
            if (n % 8 == 1) {
                item.decideExtension(true, "同意延期", story.next("director", Role.OFFICE_DIRECTOR));
            }
        }
        if (target == ItemState.IN_PROGRESS) {
            return item;
        }
        if (target == ItemState.SUSPENDED || target == ItemState.TERMINATED) {
            HaltKind kind = target == ItemState.SUSPENDED ? HaltKind.SUSPEND : HaltKind.TERMINATE;
            item.requestHalt(kind, "上级政策调整，暂不具备实施条件", story.next("office", Role.OFFICE_STAFF));
            item.decideHalt(true, "同意", story.next(leader, Role.LEADER));
            return item;
        }
        for (var milestone : item.getMilestones()) {
            item.completeMilestone(milestone, story.next(staff, Role.UNIT_STAFF));
        }
        item.submitCompletion("已按要求完成全部任务，佐证材料齐全。", story.next(head, Role.UNIT_HEAD));
        if (n % 3 == 0) {
            item.returnForRework(ReworkKind.SUPPLEMENT, "缺少佐证材料，请补充", story.next("office", Role.OFFICE_STAFF));
            item.submitCompletion("已补充佐证材料。", story.next(head, Role.UNIT_HEAD));
        }
        if (target == ItemState.SUBMITTED) {
            return item;
        }
        item.accept("办结材料符合要求", story.next("office", Role.OFFICE_STAFF), calendars.current());
        if (target == ItemState.COMPLETED) {
            return item;
        }
        item.feedBack("该事项已按期办结，报请领导阅知。", story.next("office", Role.OFFICE_STAFF));
        if (target == ItemState.FED_BACK) {
            return item;
        }
        item.markRead(story.next(leader, Role.LEADER));
        item.instruct("同意，请总结经验。", story.next(leader, Role.LEADER));
        item.archive(story.next("office", Role.OFFICE_STAFF));
        return item;
    }

    private static String sourceOf(Category category, int n) {
        return switch (category) {
            case MEETING -> "院长办公会第" + (n + 3) + "次会议纪要";
            case INSTRUCTION -> "院领导批示";
            case DOCUMENT, DEPLOYMENT -> "学院文件";
            case PETITION -> "师生来信来访";
            case POLICY -> "上级文件精神";
            case PLAN -> "年度工作要点";
            case OTHER -> "其他";
        };
    }

    /** The passing time of one item's story: each step a little after the one before, never in the future. */
    private final class Story {
        private Instant at;

        Story(Instant start) {
            this.at = start;
        }

        Act next(String username, Role role) {
            Instant limit = Instant.now(clock).minus(Duration.ofMinutes(5));
            at = at.plus(Duration.ofHours(26));
            if (at.isAfter(limit)) {
                at = limit;
            }
            return new Act(new Actor(username, role), at, clock.getZone());
        }

    }
}
