package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minping.web.browser.pages.AgenciesPage;
import org.minping.web.browser.pages.AgencyPage;
import org.minping.web.browser.pages.CyclePage;
import org.minping.web.browser.pages.CyclesPage;
import org.minping.web.browser.pages.ExpertScoresPage;
import org.minping.web.browser.pages.IndicatorVersionPage;
import org.minping.web.browser.pages.IndicatorsPage;
import org.minping.web.browser.pages.InvitationPage;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.PanelsPage;
import org.minping.web.browser.pages.ResultsPage;
import org.minping.web.browser.pages.ScoringPage;
import org.minping.web.browser.pages.StaffAccountsPage;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;

/**
 * An evaluation office's year, played through the pages by the people who do it: the office adds
 * two budget programmes and invites two experts, builds this year's indicator-system version (a
 * level's wrong weight sum is named, and the cycle will not open on it), opens the year's cycle on
 * it (a colleague's change of parameters after that is refused and audited), the experts score and
 * their agreement is shown, citizens rate stating region and age band, internal scores arrive, and
 * the office closes, runs with population weighting and publishes after the confirmation; the next
 * year's cycle starts from a copy of the version.
 *
 * <p>The programmes are the budget track's own, made here, so the tracks other tests rank keep their
 * agencies; the cycle is this test's and ends published (citizens' forms follow the newest open
 * cycle's versions: none is left open), and the next year's stays a draft.
 */
class OfficeYearIT extends BrowserTestBase {

    private static final String TRACK = "BUDGET";
    private static final String TRACK_NAME = "财政预算资金绩效管理";
    private static final String TEMPLATE = "TPL-BUDGET";
    private static final List<String> EXPERT_LEAVES = List.of("EXECUTION", "OUTPUT", "OUTCOME");
    private static final String MARGINS = "region,ZJ,0.5\nregion,GD,0.5\nageBand,18-29,0.5\nageBand,60+,0.5";
    private static final String GRADES = "优秀:90,良好:80,合格:60,不合格:-";
    private static final String PASSWORD = "a year of careful reviews";

    private final String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1000, 9999));
    private final String roads = "IT-YR" + tag + "-ROAD";
    private final String schools = "IT-YR" + tag + "-SCHOOL";
    private final String cycle = "IT-YEAR-" + tag;
    private final String nextCycle = "IT-YEAR-" + tag + "-NEXT";
    private final List<String> experts = List.of("yr" + tag + "-lin", "yr" + tag + "-zhao");
    private final List<String> expertNames = List.of("林晓梅", "赵建国");

    /** A failure half-way must not leave the cycle open: its version would be the one citizens' forms show. */
    @AfterEach
    void closeTheCycle(Portal portal) throws Exception {
        portal.closeCycle(cycle);
    }

    @Test
    @DisplayName("The office's year: agencies and experts, a version refused while its weights do not add up, a cycle opened and frozen,"
            + " experts' agreement, weighted ratings, closing, the run published after confirmation, the next cycle from a copied version")
    void anEvaluationOfficePlaysItsYear(Portal portal, @TempDir Path dir) throws Exception {
        Year year = Year.now(ZoneOffset.UTC);
        LoginPage.open(browser).logInAs("admin", "admin-demo");

        // The agencies: this year's two budget programmes of the Ministry of Finance, each with the service citizens rate.
        AgenciesPage agencies = AgenciesPage.open(browser);
        agencies.saveAgency(roads, "农村公路养护补助资金", "Rural road maintenance subsidy", "预算项目", TRACK_NAME, "全国", "MOF");
        assertEquals("已建立机关 " + roads + "。", agencies.notice());
        agencies = AgenciesPage.open(browser);
        agencies.saveAgency(schools, "义务教育薄弱学校改造补助资金", "Subsidy for improving weak compulsory-education schools",
                "预算项目", TRACK_NAME, "全国", "MOF");
        assertEquals("已建立机关 " + schools + "。", agencies.notice());
        for (String programme : List.of(roads, schools)) {
            agencies = AgenciesPage.open(browser, programme).addService(programme + "-APPLY", "补助资金申领", "Applying for the subsidy");
            assertEquals(List.of(), agencies.problems());
            assertEquals(List.of(programme + "-APPLY"), agencies.services());
            assertEquals("MOF", agencies.node(programme).orElseThrow().parent(), "under the Ministry of Finance");
        }

        // The users: two experts, invited by the office; each sets a password through the one-time link.
        StaffAccountsPage staff = StaffAccountsPage.open(browser);
        List<String> links = new ArrayList<>();
        for (int i = 0; i < experts.size(); i++) {
            staff.invite(experts.get(i), expertNames.get(i), "专家", null, null);
            assertEquals(List.of(), staff.problems());
            assertEquals("INVITED", staff.status(experts.get(i)));
            links.add(staff.link());
        }
        browser.logOut();
        for (int i = 0; i < experts.size(); i++) {
            browser.nextPerson();
            InvitationPage invitation = InvitationPage.follow(browser, links.get(i));
            assertTrue(invitation.invitee().contains(expertNames.get(i)), invitation.invitee());
            assertTrue(invitation.choosePassword(PASSWORD, PASSWORD).accepted(), experts.get(i));
        }
        signIn("admin", "admin-demo");
        staff = StaffAccountsPage.open(browser);
        for (String expert : experts) {
            assertEquals("ACTIVE", staff.status(expert));
        }

        // This year's indicator system: a draft from the track's template that moves five points to budget
        // execution. Until outputs give them back, the first level adds up to 105%, and the page says so.
        IndicatorVersionPage draft = IndicatorsPage.open(browser).newDraftFrom(TEMPLATE);
        String version = draft.code();
        assertEquals("DRAFT", draft.state());
        draft = draft.edit("EXECUTION").save(null, null, null, null, "25", Map.of());
        assertEquals(List.of("一级指标的权重合计为 105%，应为 100%。"), draft.check());
        assertFalse(draft.usable());

        // The year's cycle, a draft on that version, with its parameters and the population's margins.
        CyclesPage cycles = CyclesPage.open(browser);
        cycles.create(cycle, year + "年度财政预算资金绩效评价", year + " budget fund performance evaluation", "ANNUAL",
                year.atDay(1).toString(), year.atMonth(12).atEndOfMonth().toString(), "");
        assertEquals(List.of(), cycles.creationProblems());
        CyclePage settings = CyclePage.open(browser, cycle);
        assertEquals("DRAFT", settings.state());
        settings = settings.bindVersion(TRACK, version);
        assertEquals("已保存指标体系的选择。", settings.notice());
        assertEquals(version, settings.boundVersion(TRACK));
        settings = settings.saveParameters("0,25,50,75,100", "5", GRADES);
        assertEquals(List.of(), settings.problems());
        settings = settings.saveMargins(MARGINS);
        assertEquals(List.of(), settings.problems());

        // The cycle does not open on a version whose weights do not add up; once outputs give the five points back, it does.
        String number = version.substring((TRACK + "-V").length());
        assertEquals(List.of("不能开放：试点类别所用的指标体系 " + version + "（第 " + number + " 版）还不能使用，请在指标体系编辑页查看并改正其中的问题。"),
                CyclesPage.open(browser).openRefused(cycle));
        draft = IndicatorVersionPage.open(browser, version).edit("OUTPUT").save(null, null, null, null, "25", Map.of());
        assertTrue(draft.usable(), String.valueOf(draft.check()));

        // Opening freezes the settings: a colleague's page, shown while the cycle was a draft, saves other
        // parameters after it opened and is refused; the attempt is in the audit chain.
        try (Browser colleague = Browser.open(portal.baseUrl())) {
            LoginPage.open(colleague).logInAs("admin", "admin-demo");
            CyclePage stale = CyclePage.open(colleague, cycle);
            String question = CyclesPage.open(browser).openCycle(cycle);
            assertTrue(question.contains("冻结"), question);
            stale.saveParameters("0,25,50,75,100", "8", GRADES);
            assertEquals(List.of("本周期已开放，评分参数、人口结构和来源权重已冻结：修改未保存，此次尝试已记入审计日志。"), stale.problems());
            assertTrue(stale.frozen());
        }
        assertEquals("OPEN", CyclesPage.open(browser).state(cycle));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM evaluation_cycle WHERE code = '" + cycle + "' AND shrinkage_k = 5"),
                "the parameters as they were at opening");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'cycle.change-refused' AND subject = 'cycle:" + cycle + "'"));
        assertEquals("FROZEN", IndicatorVersionPage.open(browser, version).state(), "the version is frozen with the cycle");

        // The track's expert panel: both experts score every agency of the track on every indicator that takes
        // experts' scores, ranking them alike; the office sees their agreement, W = 1, on each indicator.
        PanelsPage panels = PanelsPage.open(browser, cycle);
        assertEquals(List.of(), panels.form(TRACK));
        for (String expert : experts) {
            assertEquals(List.of(), panels.addMember(TRACK, expert));
        }
        browser.logOut();
        Set<String> scored = scoreAsExpert(experts.get(0), Map.of(roads, 90, schools, 80), 70);
        assertEquals(scored, scoreAsExpert(experts.get(1), Map.of(roads, 86, schools, 75), 62));
        assertTrue(scored.containsAll(List.of(roads, schools, "MOF")), scored.toString());
        signIn("admin", "admin-demo");
        List<PanelsPage.Agreement> agreements = PanelsPage.open(browser, cycle).agreements(TRACK);
        assertEquals(Set.copyOf(EXPERT_LEAVES), agreements.stream().map(PanelsPage.Agreement::indicator).collect(Collectors.toSet()));
        assertEquals(EXPERT_LEAVES.size(), agreements.size());
        for (PanelsPage.Agreement agreement : agreements) {
            assertEquals(new PanelsPage.Agreement(agreement.indicator(), "EXPERT", 2, scored.size(), "1.000", false), agreement);
        }
        browser.logOut();

        // Citizens rate both programmes on the forms of this year's version, stating region and age band.
        String[][] respondents = {{"ZJ", "18-29"}, {"ZJ", "60+"}, {"GD", "18-29"}, {"GD", "60+"}};
        int[][] levels = {{5, 4, 5, 4}, {3, 4, 2, 3}};
        List<String> receipts = new ArrayList<>();
        for (int programme = 0; programme < 2; programme++) {
            for (int i = 0; i < respondents.length; i++) {
                browser.nextPerson();
                receipts.add(AgencyPage.open(browser, List.of(roads, schools).get(programme)).rateOverall(levels[programme][i])
                        .rateIndicator("EFFICIENCY", levels[programme][i]).respondent(respondents[i][0], respondents[i][1])
                        .submit().receiptCode());
            }
        }
        assertEquals(8, portal.count("SELECT COUNT(*) FROM appraisal a JOIN indicator_system s ON s.id = a.indicator_system_id"
                + " WHERE a.receipt IN ('" + String.join("','", receipts) + "') AND s.code = '" + version + "' AND a.status = 'PUBLISHED'"
                + " AND a.respondent_region IS NOT NULL AND a.respondent_age_band IS NOT NULL"), "stored on this year's version, with the margins' variables");

        // The internal assessment's scores arrive as the finance departments' export.
        signIn("admin", "admin-demo");
        Path internal = dir.resolve("internal.csv");
        Files.writeString(internal, "agency,indicator,score\n"
                + roads + ",EXECUTION,92\n" + roads + ",OUTPUT,88\n" + roads + ",OUTCOME,90\n"
                + schools + ",EXECUTION,81\n" + schools + ",OUTPUT,78\n" + schools + ",OUTCOME,80\n");
        settings = CyclePage.open(browser, cycle).importInternalScores(internal);
        assertEquals(List.of(), settings.problems());

        // The year ends: the office closes the cycle, runs the scoring, weighted to the margins, and publishes
        // the run once the confirmation has said what becomes public.
        String closing = CyclesPage.open(browser).closeCycle(cycle);
        assertTrue(closing.contains("截止"), closing);
        ScoringPage scoring = ScoringPage.open(browser, cycle);
        assertEquals("CLOSED", scoring.state());
        assertEquals(List.of(), scoring.weightingWarning(), "every rating states what the margins weight");
        String run = scoring.startRunAndWait();
        assertEquals("SCORED", scoring.state());
        assertFalse(scoring.isUnweighted(run));
        assertEquals(8, portal.count("SELECT appraisals FROM scoring_run WHERE id = " + run), "the ratings of the open period");
        String confirmation = scoring.askToPublish(run);
        assertTrue(confirmation.contains("#" + run) && confirmation.contains(cycle) && confirmation.contains("input.json"), confirmation);
        scoring.confirmPublication(run);
        assertEquals("已发布", CyclesPage.open(browser).stateLabel(cycle));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'scoring.publish' AND actor = 'admin'"
                + " AND subject = 'cycle:" + cycle + "/run:" + run + "'"));

        // The public sees the track's ranking: the programmes by their scores; the ministry, scored by the experts
        // alone, listed apart. The published input weights by both margins' variables.
        ResultsPage results = ResultsPage.open(browser, cycle, TRACK);
        Map<String, String[]> ranking = results.rows();
        assertEquals("1", ranking.get(roads)[0], ranking.keySet().toString());
        assertEquals("2", ranking.get(schools)[0], ranking.keySet().toString());
        assertTrue(results.notRanked().containsKey("MOF"), results.notRanked().toString());
        JsonObject input = Http.object(new Http(portal.baseUrl()).get("/api/v1/cycles/" + cycle + "/input.json"));
        assertEquals(Set.of("region", "ageBand"), input.getJsonObject("parameters").getJsonObject("raking").getJsonArray("variables")
                .getValuesAs(JsonObject.class).stream().map(v -> v.getString("name")).collect(Collectors.toSet()));

        // The next year: a new draft copied from this year's version, in a draft cycle that follows this one.
        IndicatorVersionPage copy = IndicatorsPage.open(browser).newDraftFrom(version);
        String nextVersion = copy.code();
        assertNotEquals(version, nextVersion);
        assertEquals("DRAFT", copy.state());
        assertTrue(copy.usable());
        assertEquals("25%", copy.node("EXECUTION").orElseThrow().cells().get(2), "this year's weights");
        IndicatorsPage versions = IndicatorsPage.open(browser);
        assertEquals(List.of(), versions.compare(version, nextVersion));
        assertTrue(versions.saysSame());
        Year next = year.plusYears(1);
        String margins = CyclePage.open(browser, cycle).margins();
        cycles = CyclesPage.open(browser);
        cycles.create(nextCycle, next + "年度财政预算资金绩效评价", next + " budget fund performance evaluation", "ANNUAL",
                next.atDay(1).toString(), next.atMonth(12).atEndOfMonth().toString(), cycle);
        assertEquals(List.of(), cycles.creationProblems());
        CyclePage following = CyclePage.open(browser, nextCycle);
        assertEquals("DRAFT", following.state());
        assertEquals(version, following.boundVersion(TRACK), "it starts on this year's version");
        assertEquals(margins, following.margins(), "and this year's margins");
        following = following.bindVersion(TRACK, nextVersion);
        assertEquals(nextVersion, following.boundVersion(TRACK));
        assertTrue(following.bindingChangeable(TRACK), "a draft until the office opens it");

        // The year in the audit chain.
        for (String expert : experts) {
            assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'account.invite' AND subject = 'user:" + expert + "'"));
            assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'account.accept' AND subject = 'user:" + expert + "'"));
        }
        for (String programme : List.of(roads, schools)) {
            assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'agency.create' AND subject = 'agency:" + programme + "'"));
        }
        assertEquals(2, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'panel.submit'"
                + " AND subject = 'panel:" + cycle + "/" + TRACK + "'"));
        for (String action : List.of("cycle.open", "cycle.close")) {
            assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = '" + action + "' AND subject = 'cycle:" + cycle + "'"),
                    action);
        }
    }

    /**
     * An expert signs in, opens the panel's sheet and scores every line: the two programmes as given,
     * any other agency of the track with {@code others}; submits, and signs out. The agencies scored.
     */
    private Set<String> scoreAsExpert(String expert, Map<String, Integer> programmes, int others) {
        signIn(expert, PASSWORD);
        ExpertScoresPage sheet = ExpertScoresPage.open(browser).sheet(cycle, TRACK);
        List<ExpertScoresPage.Line> lines = sheet.lines();
        Set<String> agencies = lines.stream().map(ExpertScoresPage.Line::agency).collect(Collectors.toSet());
        for (String agency : agencies) {
            assertEquals(EXPERT_LEAVES, lines.stream().filter(l -> l.agency().equals(agency)).map(ExpertScoresPage.Line::indicator).toList(),
                    agency + ": every indicator that takes experts' scores");
        }
        for (ExpertScoresPage.Line line : lines) {
            sheet.score(line, Integer.toString(programmes.getOrDefault(line.agency(), others)), "依据年度绩效自评报告与抽查材料");
        }
        assertEquals(List.of(), sheet.submit());
        assertTrue(sheet.isFinal());
        browser.logOut();
        return agencies;
    }

    /** The next person at the browser signs in. */
    private void signIn(String username, String password) {
        browser.nextPerson();
        LoginPage.open(browser).logInAs(username, password);
    }
}
