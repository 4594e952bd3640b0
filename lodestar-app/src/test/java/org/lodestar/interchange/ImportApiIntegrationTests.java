package org.lodestar.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lodestar.portfolio.ProjectFixtures.json;
import static org.lodestar.portfolio.ProjectFixtures.newProject;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.RequestDispatcher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestar.cli.ImportCommand;
import org.lodestar.support.Api;
import org.lodestar.support.PageTestSupport;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.reader.UniversalProjectReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;

/**
 * The import API: a preview writes nothing, its confirmation writes the plan; a changed file re-imported into the
 * same project updates tasks in place by their source unique id (ids and baseline values kept), adds the new and
 * deletes the removed only when asked; only plan editors import; bad files are problems naming {@code file}. The
 * import page shows refusals on its form, naming the file.
 */
class ImportApiIntegrationTests extends PageTestSupport {

    private static final String DATASET = "legacy__sample.xml";

    @Autowired
    ApplicationContext context;

    @Autowired
    org.lodestar.platform.People people;

    Api pmo;
    long project;
    String imports;

    @BeforeEach
    void anEmptyProject() {
        pmo = Api.as(port, "pmo");
        project = pmo.post("/api/v1/projects", json(newProject("Import trial", 1))).json().get("id").asLong();
        imports = "/api/v1/projects/" + project + "/imports";
    }

    @Test
    void aPreviewWritesNothingAndAReimportUpdatesTasksInPlaceWithoutDuplicates() throws Exception {
        byte[] first = Files.readAllBytes(InterchangeDatasets.file(DATASET));
        long versionBefore = plan().get("version").asLong();

        JsonNode preview = upload("sample.xml", first, null, 200);
        int tasks = preview.get("added").asInt();
        assertThat(tasks).isGreaterThan(5);
        assertThat(preview.get("changed").asInt() + preview.get("removed").asInt()).isZero();
        assertThat(preview.get("notStored")).isNotEmpty();
        assertThat(plan().get("version").asLong()).as("a preview writes nothing").isEqualTo(versionBefore);
        assertThat(plan().get("tasks")).isEmpty();

        JsonNode imported = confirm(preview.get("id").asString(), false, 200);
        assertThat(imported.get("tasks")).hasSize(tasks);
        Map<Long, Long> idBySource = new HashMap<>();
        for (JsonNode task : imported.get("tasks")) idBySource.put(task.get("sourceUid").asLong(), task.get("id").asLong());
        assertThat(idBySource).hasSize(tasks);
        assertThat(imported.get("links")).isNotEmpty();
        // the file's notes on their tasks, as MPXJ reads them
        ProjectFile original = new UniversalProjectReader().read(InterchangeDatasets.file(DATASET).toFile());
        Map<Long, String> notes = new HashMap<>();
        for (Task task : original.getTasks()) {
            if (task.getNotes() != null && !task.getNotes().isBlank()) notes.put(task.getUniqueID().longValue(), task.getNotes().stripTrailing());
        }
        assertThat(notes).isNotEmpty();
        for (JsonNode task : imported.get("tasks")) {
            JsonNode note = task.get("notes");
            assertThat(note == null || note.isNull() ? null : note.asString()).as(task.get("name").asString())
                    .isEqualTo(notes.get(task.get("sourceUid").asLong()));
        }
        assertThat(confirm(preview.get("id").asString(), false, 410)).as("a preview is confirmed once").isNotNull();
        assertThat(pmo.put("/api/v1/projects/" + project + "/baselines/0", "{}").status()).isEqualTo(200);

        // the second version: one task renamed, one leaf removed, one task added
        ProjectFile file = new UniversalProjectReader().read(InterchangeDatasets.file(DATASET).toFile());
        List<Task> leaves = new ArrayList<>();
        for (Task task : file.getTasks()) if (task.getUniqueID() != 0 && task.getChildTasks().isEmpty()) leaves.add(task);
        // unique ids are never reused: the added task's is past every one the file had
        int last = file.getTasks().stream().mapToInt(task -> Math.max(task.getID(), task.getUniqueID())).max().orElse(0);
        Task renamed = leaves.get(0);
        renamed.setName("Renamed in the second version");
        renamed.setNotes("Noted in the second version");
        Task removed = leaves.get(leaves.size() - 1);
        file.removeTask(removed);
        Task added = file.addTask();
        added.setID(last + 1);
        added.setUniqueID(last + 1);
        added.setOutlineLevel(1);
        added.setName("Added in the second version");
        added.setDuration(Duration.getInstance(2, TimeUnit.DAYS));
        added.setStart(renamed.getStart());
        added.setFinish(renamed.getStart().plusDays(2));
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        new MSPDIWriter().write(file, second);

        JsonNode again = upload("sample-v2.xml", second.toByteArray(), null, 200);
        assertThat(again.get("added").asInt()).isEqualTo(1);
        assertThat(again.get("removed").asInt()).isEqualTo(1);
        assertThat(again.get("removedTasks").get(0).get("sourceUid").asLong()).isEqualTo(removed.getUniqueID().longValue());
        assertThat(again.get("changed").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode rename = null;
        for (JsonNode change : again.get("changes")) {
            if (change.get("sourceUid").asLong() == renamed.getUniqueID()) rename = change;
        }
        assertThat(rename).as(again.toString()).isNotNull();
        assertThat(rename.get("fields").toString()).contains("\"field\":\"name\"").contains("Renamed in the second version")
                .contains("\"field\":\"notes\"").contains("Noted in the second version");

        JsonNode reimported = confirm(again.get("id").asString(), true, 200);
        assertThat(reimported.get("tasks")).hasSize(tasks);
        Set<Long> sources = new HashSet<>();
        for (JsonNode task : reimported.get("tasks")) {
            long source = task.get("sourceUid").asLong();
            assertThat(sources.add(source)).as("no duplicate of " + source).isTrue();
            if (idBySource.containsKey(source)) {
                assertThat(task.get("id").asLong()).as("kept in place").isEqualTo(idBySource.get(source));
                assertThat(task.get("baselineStart").isNull()).as("baseline kept").isFalse();
            }
            if (source == renamed.getUniqueID()) {
                assertThat(task.get("name").asString()).isEqualTo("Renamed in the second version");
                assertThat(task.get("notes").asString()).isEqualTo("Noted in the second version");
            }
        }
        assertThat(sources).doesNotContain(removed.getUniqueID().longValue()).contains(added.getUniqueID().longValue());
    }

    @Test
    void theFilesBaselinesAreStoredUnderTheirNumbersExportedAgainAndNeverReplaceTheProjectsOwn() throws Exception {
        String name = "baselines.xml";
        byte[] content = Files.readAllBytes(InterchangeDatasets.file(name));
        String baselines = "/api/v1/projects/" + project + "/baselines";
        List<String> numbers = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");

        JsonNode preview = upload(name, content, null, 200);
        assertThat(preview.get("warnings").toString()).contains("Baselines stored from the file: " + String.join(", ", numbers));
        assertThat(pmo.get(baselines).json()).as("a preview writes nothing").isEmpty();
        confirm(preview.get("id").asString(), false, 200);
        JsonNode stored = pmo.get(baselines).json();
        assertThat(stored.valueStream().map(baseline -> baseline.get("number").asString())).containsExactlyElementsOf(numbers);
        assertThat(stored.get(0).get("name").asString()).isEqualTo("Baseline 1 of baselines.xml");

        // the oracle: what MPXJ reads of each baseline in the file, against what Lodestar's export writes
        List<String> saved = baselineValues(new UniversalProjectReader().read(InterchangeDatasets.file(name).toFile()));
        assertThat(saved).hasSize(10);
        byte[] exported = mvc.perform(get("/api/v1/projects/" + project + "/export").param("format", "mspdi")
                .with(as("pmo"))).andReturn().getResponse().getContentAsByteArray();
        assertThat(baselineValues(new UniversalProjectReader().read(new java.io.ByteArrayInputStream(exported))))
                .containsExactlyElementsOf(saved);

        // the project's own baseline 2 replaces the file's; a second import keeps it and every other one stored
        // the answer to the save says when, as every later read does (to the microsecond the database keeps)
        String approvedAt = pmo.put(baselines + "/2", "{\"name\":\"Approved\"}").json().get("savedAt").asString();
        JsonNode again = upload(name, content, null, 200);
        assertThat(again.get("warnings").toString())
                .contains("kept instead of the file's: " + String.join(", ", numbers))
                .doesNotContain("Baselines stored from the file");
        confirm(again.get("id").asString(), false, 200);
        JsonNode kept = pmo.get(baselines).json();
        assertThat(kept.get(1).get("name").asString()).isEqualTo("Approved");
        assertThat(kept.get(1).get("savedAt").asString()).isEqualTo(approvedAt);

        // deleted, the number takes the file's again
        assertThat(pmo.delete(baselines + "/2").status()).isEqualTo(204);
        JsonNode third = upload(name, content, null, 200);
        assertThat(third.get("warnings").toString()).contains("Baselines stored from the file: 2.");
        confirm(third.get("id").asString(), false, 200);
        assertThat(pmo.get(baselines).json().get(1).get("name").asString()).isEqualTo("Baseline 2 of baselines.xml");
    }

    @Test
    void baselineValuesSavedWithoutADurationAreLeftOutAndSaid() throws Exception {
        // baselines.xml with baseline 3's duration taken out: its dates alone would make the duration variance a guess
        ProjectFile file = new UniversalProjectReader().read(InterchangeDatasets.file("baselines.xml").toFile());
        Task withBaselines = file.getTasks().stream().filter(task -> task.getBaselineStart(3) != null).findFirst()
                .orElseThrow();
        withBaselines.setBaselineDuration(3, null);
        ByteArrayOutputStream edited = new ByteArrayOutputStream();
        new MSPDIWriter().write(file, edited);

        JsonNode preview = upload("baselines-3.xml", edited.toByteArray(), null, 200);
        assertThat(preview.get("warnings").toString()).contains("1 baseline values saved without a duration are left out")
                .contains("Baselines stored from the file: 1, 2, 4, 5, 6, 7, 8, 9, 10.");
        confirm(preview.get("id").asString(), false, 200);
        assertThat(pmo.get("/api/v1/projects/" + project + "/baselines").json().valueStream()
                .map(baseline -> baseline.get("number").asInt())).containsExactly(1, 2, 4, 5, 6, 7, 8, 9, 10);
    }

    /** Per task and baseline number its start, finish and duration in hours, as MPXJ reads them. */
    private static List<String> baselineValues(ProjectFile file) {
        List<String> values = new ArrayList<>();
        for (Task task : file.getTasks()) {
            for (int number = 1; number <= 10; number++) {
                if (task.getBaselineStart(number) == null) continue;
                Duration duration = task.getBaselineDuration(number);
                values.add(task.getName() + " " + number + " " + task.getBaselineStart(number) + ".."
                        + task.getBaselineFinish(number) + " " + (duration == null ? null
                        : duration.convertUnits(TimeUnit.HOURS, file.getProjectProperties()).getDuration()));
            }
        }
        return values;
    }

    @Test
    void aChangedPrimaveraXerIsReimportedInPlace() throws Exception {
        String xer = new String(Files.readAllBytes(InterchangeDatasets.file("XERNative__sample.xer")),
                StandardCharsets.ISO_8859_1);
        JsonNode preview = upload("sample.xer", xer.getBytes(StandardCharsets.ISO_8859_1), null, 200);
        assertThat(preview.get("warnings").toString()).contains("saved by Primavera P6: the plan is now scheduled by P6");
        JsonNode imported = confirm(preview.get("id").asString(), false, 200);
        // the file's rules: P6's, with its options (the sample says retained logic, and no lag calendar: P6's default)
        assertThat(imported.get("schedulingRules").asString()).isEqualTo("PRIMAVERA_P6");
        assertThat(imported.get("progressedActivities").asString()).isEqualTo("RETAINED_LOGIC");
        assertThat(imported.get("lagCalendar").asString()).isEqualTo("PREDECESSOR");
        Map<Long, Long> idBySource = new HashMap<>();
        for (JsonNode task : imported.get("tasks")) idBySource.put(task.get("sourceUid").asLong(), task.get("id").asLong());

        XerEdit second = XerEdit.renameFirstActivity(xer.getBytes(StandardCharsets.ISO_8859_1), "Renamed in Primavera");

        JsonNode again = upload("sample-v2.xer", second.file(), null, 200);
        assertThat(again.get("added").asInt() + again.get("removed").asInt()).as(again.toString()).isZero();
        assertThat(again.get("warnings").toString()).as("the rules are the plan's already").doesNotContain("Primavera P6");
        long source = second.taskId();
        assertThat(again.get("changes").valueStream().filter(change -> change.get("sourceUid").asLong() == source))
                .singleElement().satisfies(change -> assertThat(change.get("fields").toString())
                        .contains("\"field\":\"name\"").contains("Renamed in Primavera"));

        JsonNode reimported = confirm(again.get("id").asString(), false, 200);
        assertThat(reimported.get("tasks")).hasSize(idBySource.size());
        for (JsonNode task : reimported.get("tasks")) {
            assertThat(task.get("id").asLong()).as("kept in place, no duplicate")
                    .isEqualTo(idBySource.get(task.get("sourceUid").asLong()));
            if (task.get("sourceUid").asLong() == source) {
                assertThat(task.get("name").asString()).isEqualTo("Renamed in Primavera");
            }
        }

        // a Microsoft Project file would bring Project's rules back; its preview says so and writes nothing
        JsonNode fromProject = upload("sample.xml", Files.readAllBytes(InterchangeDatasets.file("legacy__sample.xml")),
                null, 200);
        assertThat(fromProject.get("warnings").toString()).contains("not saved by Primavera P6");
        assertThat(pmo.get("/api/v1/projects/" + project + "/plan").json().get("schedulingRules").asString())
                .isEqualTo("PRIMAVERA_P6");
    }

    @Test
    void splitTasksArriveWithTheirPausesAndFinishAsTheFileSavedThem() throws Exception {
        JsonNode preview = upload("splits9a.mpp", Files.readAllBytes(InterchangeDatasets.file("splits9a.mpp")), null, 200);
        JsonNode plan = confirm(preview.get("id").asString(), false, 200);

        ImportedProject file = new ProjectFileReader().read(InterchangeDatasets.file("splits9a.mpp"));
        Map<String, JsonNode> byName = new HashMap<>();
        plan.get("tasks").forEach(task -> byName.put(task.get("name").asString(), task));
        assertThat(byName.get("Task 2").get("splits").asString()).isEqualTo("4d+1d");
        assertThat(byName.get("Task 7").get("splits").asString()).isEqualTo("2d+4d, 7d+2d");
        for (ImportedProject.Task saved : file.tasks()) {
            if (!saved.split() || saved.actualStart() != null) continue; // the unstarted ones: no progress rule involved
            JsonNode task = byName.get(saved.name());
            assertThat(task.get("start").asString()).as(saved.name()).isEqualTo(saved.start().toString());
            assertThat(task.get("finish").asString()).as(saved.name()).isEqualTo(saved.finish().toString());
        }
    }

    @Test
    void onlyThePlanEditorsImport() throws Exception {
        byte[] file = Files.readAllBytes(InterchangeDatasets.file(DATASET));
        for (String reader : List.of("exec", "resource", "requester")) {
            MockHttpServletResponse refused = mvc.perform(multipart(imports)
                    .file(new MockMultipartFile("file", "sample.xml", "application/xml", file))
                    .with(as(reader)).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
            assertThat(refused.getStatus()).as(reader).isEqualTo(403);
        }
        JsonNode preview = upload("sample.xml", file, null, 200);
        MockHttpServletResponse confirm = mvc.perform(post(imports + "/" + preview.get("id").asString() + "/confirm")
                .with(as("exec")).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(confirm.getStatus()).isEqualTo(403);
        assertThat(plan().get("tasks")).isEmpty();
    }

    @Test
    void badAndHostileFilesAreProblemsNamingTheFileAndWriteNothing() throws Exception {
        long version = plan().get("version").asLong();
        String entities = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<Project xmlns=\"http://schemas.microsoft.com/project\"><Name>&b;</Name></Project>";
        byte[] mpp = Files.readAllBytes(InterchangeDatasets.file("legacy__sample.mpp"));
        Map<String, byte[]> bad = new java.util.LinkedHashMap<>();
        bad.put("empty.mpp", new byte[0]);
        bad.put("words.mpp", "not a plan at all".getBytes(StandardCharsets.UTF_8));
        bad.put("truncated.mpp", java.util.Arrays.copyOf(mpp, mpp.length / 3));
        bad.put("laughs.xml", entities.getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> file : bad.entrySet()) {
            JsonNode problem = upload(file.getKey(), file.getValue(), null, 400);
            assertThat(problem.get("errors").get(0).get("field").asString()).as(file.getKey()).isEqualTo("file");
            assertThat(problem.get("detail").asString()).as(file.getKey()).isNotBlank();
        }
        JsonNode tooLarge = upload("huge.xml", new byte[50 * 1024 * 1024 + 1], null, 413);
        assertThat(tooLarge.get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(tooLarge.get("detail").asString()).contains("50 MB");
        JsonNode noProject = upload("sample.xml", Files.readAllBytes(InterchangeDatasets.file(DATASET)), 3, 400);
        assertThat(noProject.get("errors").get(0).get("field").asString()).isEqualTo("project");
        assertThat(plan().get("version").asLong()).isEqualTo(version);
        assertThat(plan().get("tasks")).isEmpty();
    }

    @Test
    void theImportPageShowsRefusalsOnTheFormNamingTheFileAndKeepsOnePreviewPerUserInTheDatabase() throws Exception {
        String page = "/projects/" + project + "/plan/import";
        byte[] sample = Files.readAllBytes(InterchangeDatasets.file(DATASET));

        String empty = pageUpload(page, "empty.mpp", new byte[0]);
        assertThat(empty).contains("id=\"import-form\"").contains("empty.mpp").contains("The file is empty (0 bytes).")
                .doesNotContain("Exception");

        // a new upload by the same user replaces the preview waiting for the project, through the API as well
        String first = previewId(pageUpload(page, "sample.xml", sample));
        upload("sample.xml", sample, null, 200);
        assertThat(pageConfirm(page, first)).contains("This preview has expired or is unknown");
        assertThat(plan().get("tasks")).isEmpty();

        // the plan changed by someone else between preview and confirmation: refused on the form, nothing written
        String second = previewId(pageUpload(page, "sample.xml", sample));
        MockHttpServletResponse other = mvc.perform(multipart(imports)
                .file(new MockMultipartFile("file", "sample.xml", "application/xml", sample))
                .with(as("admin")).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        String otherId = Api.mapper().readTree(other.getContentAsString(StandardCharsets.UTF_8)).get("id").asString();
        assertThat(mvc.perform(post(imports + "/" + otherId + "/confirm").with(as("admin")).accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        long version = plan().get("version").asLong();
        assertThat(pageConfirm(page, second)).contains("The plan was changed by someone else since the preview");
        assertThat(plan().get("version").asLong()).isEqualTo(version);
    }

    private String pageUpload(String page, String name, byte[] content) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart(page)
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(as("pmo")).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String pageConfirm(String page, String previewId) throws Exception {
        MockHttpServletResponse response = mvc.perform(post(page + "/" + previewId + "/confirm")
                .param("fileName", "sample.xml").with(as("pmo")).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String previewId(String html) {
        java.util.regex.Matcher action = java.util.regex.Pattern.compile("/plan/import/([0-9a-f-]{36})/confirm").matcher(html);
        assertThat(action.find()).as(html).isTrue();
        return action.group(1);
    }

    @Test
    void theCommandLineImportsIntoAProjectByItsCodeAndRefusesABadFileInOneLine(@TempDir Path folder) throws Exception {
        String code = plan().get("code").asString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int previewed = ImportCommand.run(context, InterchangeDatasets.file(DATASET), code, "pmo", null, false, true,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(previewed).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(plan().get("tasks")).as("a dry run writes nothing").isEmpty();

        int imported = ImportCommand.run(context, InterchangeDatasets.file(DATASET), code, "pmo", null, false, false,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(imported).as(err.toString(StandardCharsets.UTF_8)).isZero();
        int tasks = plan().get("tasks").size();
        assertThat(tasks).isGreaterThan(5);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("added: " + tasks + ", changed: 0")
                .contains("imported into " + code + ": " + tasks + " tasks");

        Path empty = Files.createFile(folder.resolve("empty.mpp"));
        int refused = ImportCommand.run(context, empty, code, "pmo", null, false, false,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(refused).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("The file is empty (0 bytes).");
        assertThat(ImportCommand.run(context, InterchangeDatasets.file(DATASET), code, "exec", null, false, false,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
                .as("the account's rights apply").isEqualTo(1);
        assertThat(plan().get("tasks")).hasSize(tasks);
    }

    private JsonNode plan() {
        return pmo.get("/api/v1/projects/" + project + "/plan").json();
    }

    @Test
    void assignmentsToResourcesThePoolNamesBecomeAssignmentsOnceAndOthersStayText() throws Exception {
        String person = null;
        Map<String, Integer> names = new HashMap<>();
        for (JsonNode resource : Api.as(port, "resource").get("/api/v1/resources").json()) {
            names.merge(resource.get("name").asString().strip().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
        }
        for (JsonNode resource : Api.as(port, "resource").get("/api/v1/resources").json()) {
            String name = resource.get("name").asString();
            if ("PERSON".equals(resource.get("kind").asString()) && !resource.path("retired").asBoolean(false)
                    && names.get(name.strip().toLowerCase(java.util.Locale.ROOT)) == 1) {
                person = name;
                break;
            }
        }
        assertThat(person).as("the demo pool has a person").isNotNull();
        ProjectFile file = new UniversalProjectReader().read(InterchangeDatasets.file(DATASET).toFile());
        Task leaf = null;
        for (Task task : file.getTasks()) {
            if (task.getUniqueID() != 0 && task.getChildTasks().isEmpty() && !task.getMilestone()) leaf = task;
        }
        int uid = file.getResources().stream().mapToInt(r -> r.getUniqueID() == null ? 0 : r.getUniqueID()).max()
                .orElse(0);
        org.mpxj.Resource known = file.addResource();
        known.setUniqueID(uid + 1);
        known.setID(uid + 1);
        known.setName("  " + person.toUpperCase(java.util.Locale.ROOT) + " ");   // letter case and spaces aside
        org.mpxj.Resource stranger = file.addResource();
        stranger.setUniqueID(uid + 2);
        stranger.setID(uid + 2);
        stranger.setName("Nobody In The Pool");
        leaf.addResourceAssignment(known).setUnits(50);
        leaf.addResourceAssignment(stranger).setUnits(100);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        new MSPDIWriter().write(file, written);

        JsonNode preview = upload("assigned.xml", written.toByteArray(), null, 200);
        assertThat(preview.get("warnings").toString()).contains("One assignment added to their tasks from the resource pool")
                .contains("kept as text only: First Resource, Nobody In The Pool");
        JsonNode imported = confirm(preview.get("id").asString(), false, 200);
        JsonNode task = taskBySource(imported, leaf.getUniqueID());
        assertThat(task.get("assignments")).hasSize(1);
        assertThat(task.get("assignments").get(0).get("name").asString()).isEqualTo(person);
        assertThat(task.get("assignments").get(0).get("units").asInt()).isEqualTo(50);
        assertThat(task.get("resources").asString()).contains("Nobody In The Pool");

        JsonNode again = confirm(upload("assigned.xml", written.toByteArray(), null, 200).get("id").asString(), false,
                200);
        assertThat(taskBySource(again, leaf.getUniqueID()).get("assignments")).as("a re-import adds no duplicate")
                .hasSize(1);
    }

    private static JsonNode taskBySource(JsonNode plan, long sourceUid) {
        for (JsonNode task : plan.get("tasks")) if (task.get("sourceUid").asLong() == sourceUid) return task;
        throw new AssertionError("no task " + sourceUid + " in " + plan);
    }

    @Test
    void anUploadRefusedBeforeThePageControllerComesBackToTheFormNamingTheLimit() throws Exception {
        String page = "/projects/" + project + "/plan/import";
        // the error dispatch of a body the size filter or the multipart limit refused (413) on the page's address
        MockHttpServletResponse refused = mvc.perform(get("/error").with(as("pmo")).accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 413).requestAttr(RequestDispatcher.ERROR_REQUEST_URI, page))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(303);
        assertThat(refused.getRedirectedUrl()).isEqualTo(page + "?refused=too-large");
        assertThat(page(page + "?refused=too-large", "pmo", Locale.ENGLISH))
                .containsPattern("id=\"import-problem\"[^>]*>\\s*<p>The file is larger than the 50 MB an import takes.");
        assertThat(page(page, "pmo", Locale.ENGLISH)).doesNotContain("id=\"import-problem\"");
        // the API's address keeps its problem, and other pages their error page
        MockHttpServletResponse api = mvc.perform(get("/error").with(as("pmo")).accept(MediaType.APPLICATION_JSON)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 413).requestAttr(RequestDispatcher.ERROR_REQUEST_URI,
                        "/api/v1/projects/" + project + "/imports")).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(413);
        assertThat(mvc.perform(get("/error").with(as("pmo")).accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 413).requestAttr(RequestDispatcher.ERROR_REQUEST_URI,
                        "/requests/new")).andReturn().getResponse().getStatus()).isEqualTo(413);
    }

    /**
     * A new project from a file: the project and its imported plan in one go, named as asked, proposed and managed by
     * the importer; a refused file leaves no project behind; only those who may create projects in the portfolio.
     */
    @Test
    void aFileBecomesANewProjectWithItsPlanOrNothingAtAll() throws Exception {
        byte[] content = Files.readAllBytes(InterchangeDatasets.file(DATASET));
        String made = "Made from a file " + java.util.UUID.randomUUID().toString().substring(0, 8);
        String url = "/api/v1/portfolios/1/project-imports";

        MockHttpServletResponse created = mvc.perform(multipart(url)
                .file(new MockMultipartFile("file", "sample.xml", "application/octet-stream", content))
                .param("name", made).param("customFields[risk_level]", "Low").with(as("pmo"))
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        String body = created.getContentAsString(StandardCharsets.UTF_8);
        assertThat(created.getStatus()).as(body).isEqualTo(201);
        JsonNode answer = Api.mapper().readTree(body);
        long id = answer.get("projectId").asLong();
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/projects/" + id);
        assertThat(answer.get("name").asString()).isEqualTo(made);
        assertThat(answer.get("notStored")).isNotEmpty();
        JsonNode project = pmo.get("/api/v1/projects/" + id).json();
        assertThat(project.get("state").asString()).isEqualTo("PROPOSED");
        assertThat(project.get("manager").get("id").asLong()).isEqualTo(org.lodestar.change.ChangeFixtures
                .personId(people, "pmo"));
        JsonNode plan = pmo.get("/api/v1/projects/" + id + "/plan").json();
        assertThat(plan.get("tasks")).hasSize(answer.get("tasks").asInt()).hasSizeGreaterThan(5);
        assertThat(plan.get("links")).isNotEmpty();

        // a required custom field left out names it, and makes no project either
        MockHttpServletResponse unnamed = mvc.perform(multipart(url)
                .file(new MockMultipartFile("file", "sample.xml", "application/octet-stream", content))
                .with(as("pmo")).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(unnamed.getStatus()).isEqualTo(400);
        assertThat(unnamed.getContentAsString(StandardCharsets.UTF_8)).contains("customFields[risk_level]");

        // a corrupt file names the file and makes no project
        String refusedName = "Refused file " + java.util.UUID.randomUUID().toString().substring(0, 8);
        MockHttpServletResponse refused = mvc.perform(multipart(url)
                .file(new MockMultipartFile("file", "broken.mpp", "application/octet-stream",
                        "not a project file at all".getBytes(StandardCharsets.UTF_8)))
                .param("name", refusedName).param("customFields[risk_level]", "Low").with(as("pmo")).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(Api.mapper().readTree(refused.getContentAsString(StandardCharsets.UTF_8)).get("errors").get(0)
                .get("field").asString()).isEqualTo("file");
        assertThat(pmo.get("/api/v1/projects?text=" + refusedName.replace(" ", "%20")).json().get("total").asLong())
                .isZero();

        // those who may not create projects in the portfolio are refused before the file is read
        for (String outsider : List.of("member", "requester")) {
            assertThat(mvc.perform(multipart(url)
                    .file(new MockMultipartFile("file", "sample.xml", "application/octet-stream", content))
                    .with(as(outsider)).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getStatus())
                    .as(outsider).isEqualTo(403);
        }

        // the page: the form, then the project made with a link to its plan
        assertThat(page("/portfolios/1/import-project", "pmo", java.util.Locale.ENGLISH))
                .contains("new-project-form", "customFields[risk_level]");
        String shown = mvc.perform(multipart("/portfolios/1/import-project")
                .file(new MockMultipartFile("file", "sample.xml", "application/octet-stream", content))
                .param("name", made + " page").param("customFields[risk_level]", "Low").with(as("pmo")).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(shown).contains("new-project-made", made + " page", "new-project-plan");
    }

    @Test
    void theFilesCustomFieldsGoToTheTaskFieldsTheUserChoosesAndAValueThatDoesNotFitIsRefused() throws Exception {
        Api admin = Api.as(port, "admin");
        long pk = admin.post("/api/v1/custom-fields", "{\"key\": \"pk\", \"label\": \"Pk\", \"type\": \"TEXT\","
                + " \"appliesTo\": \"TASK\"}").json().get("id").asLong();
        long number = admin.post("/api/v1/custom-fields", "{\"key\": \"os_number\", \"label\": \"OS number\","
                + " \"type\": \"NUMBER\", \"appliesTo\": \"TASK\"}").json().get("id").asLong();
        byte[] content = Files.readAllBytes(InterchangeDatasets.file("generated__task-baselines__sf259.mpp"));
        ImportedProject file = new ProjectFileReader().read(InterchangeDatasets.file("generated__task-baselines__sf259.mpp"));

        // by default a field of the file goes to the task field of its label: Text1, aliased Pk
        JsonNode preview = upload("sf259.mpp", content, null, 200);
        Map<String, JsonNode> fields = new HashMap<>();
        preview.get("fields").forEach(field -> fields.put(field.get("id").asString(), field));
        assertThat(fields.get("TEXT1").get("label").asString()).isEqualTo("Pk");
        assertThat(fields.get("TEXT1").get("values").asInt()).isEqualTo(23);
        assertThat(fields.get("TEXT1").get("mappedTo").asString()).isEqualTo("pk");
        // Number1 holds Project's default, 0, on every task: not a value the file gives (nor are Situação's zeros)
        assertThat(fields).doesNotContainKey("NUMBER1");
        assertThat(fields.get("NUMBER3").get("label").asString()).isEqualTo("Situação");
        assertThat(fields.get("NUMBER3").get("mappedTo").isNull()).as("no task field of that label").isTrue();
        assertThat(preview.get("warnings").toString()).contains("Custom fields of the file not imported")
                .contains("Situação").contains("Classe").doesNotContain("Pk");
        JsonNode plan = confirm(preview.get("id").asString(), false, 200);
        assertFieldsAsInFile(plan, file, Map.of("TEXT1", "pk"));

        // the pages: the preview lists the file's fields with the task field each goes to, and another choice
        // previews again from the file kept; the plan page lists the tasks' values
        String page = "/projects/" + project + "/plan/import";
        String html = pageUpload(page, "sf259.mpp", content);
        assertThat(html).contains("id=\"import-fields-table\"").contains("name=\"fields[TEXT1]\"")
                .containsPattern("<option value=\"pk\"\\s+selected=\"selected\">Pk</option>");
        MockHttpServletResponse again = mvc.perform(post(page + "/" + previewId(html) + "/fields")
                .param("fileName", "sf259.mpp").param("project", "0").param("fields[TEXT1]", "")
                .with(as("pmo")).with(csrf())).andReturn().getResponse();
        assertThat(again.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"import-fields-table\"")
                .doesNotContainPattern("<option value=\"pk\"\\s+selected");
        String planPage = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/projects/" + project + "/plan").with(as("pmo"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String first = file.tasks().stream().filter(task -> task.fields().containsKey("TEXT1")).findFirst()
                .orElseThrow().fields().get("TEXT1");
        assertThat(planPage).contains("id=\"plan-fields-table\"").contains(">" + first + "</td>");

        // chosen: Situação to the number field too; the preview's diff shows the values coming
        JsonNode chosen = upload("sf259.mpp", content, null, 200, Map.of("fields[TEXT1]", "pk", "fields[NUMBER3]", "os_number"));
        assertThat(chosen.get("changed").asInt()).isEqualTo(fields.get("NUMBER3").get("values").asInt());
        assertThat(chosen.get("changes").get(0).get("fields").toString()).contains("custom.OS number");
        plan = confirm(chosen.get("id").asString(), false, 200);
        assertFieldsAsInFile(plan, file, Map.of("TEXT1", "pk", "NUMBER3", "os_number"));

        // a value the task field refuses names the file's field and value, and nothing is written
        long version = plan().get("version").asLong();
        JsonNode refused = upload("sf259.mpp", content, null, 400, Map.of("fields[TEXT3]", "os_number"));
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("fields[TEXT3]");
        assertThat(refused.get("errors").get(0).get("message").asString()).contains("Classe").contains("OS number");
        for (Map<String, String> bad : List.of(Map.of("fields[NOPE]", "pk"), Map.of("fields[TEXT1]", "no_such_field"),
                Map.of("fields[TEXT1]", "pk", "fields[TEXT2]", "pk"))) {
            JsonNode problem = upload("sf259.mpp", content, null, 400, bad);
            assertThat(problem.get("errors").get(0).get("field").asString()).as(bad.toString()).startsWith("fields[");
        }
        assertThat(plan().get("version").asLong()).isEqualTo(version);

        // exported, the values go out under their labels, which map them back to the same task fields
        byte[] exported = mvc.perform(get("/api/v1/projects/" + project + "/export").param("format", "mspdi")
                .with(as("pmo"))).andReturn().getResponse().getContentAsByteArray();
        Map<String, String> back = new HashMap<>();
        upload("exported.xml", exported, null, 200).get("fields")
                .forEach(field -> back.put(field.get("label").asString(), field.get("mappedTo").asString()));
        assertThat(back).containsEntry("Pk", "pk").containsEntry("OS number", "os_number");

        // fields not imported keep the values the tasks hold
        JsonNode none = upload("sf259.mpp", content, null, 200, Map.of("fields[TEXT1]", ""));
        assertThat(none.get("changed").asInt()).isZero();
        assertThat(none.get("warnings").toString()).contains("not imported").contains("Pk");

        // the plan page's form sets a task's values; an empty one removes its value
        long taskId = plan().get("tasks").get(1).get("id").asLong();
        MockHttpServletResponse typed = mvc.perform(post("/projects/" + project + "/plan/fields")
                .param("taskId", Long.toString(taskId)).param("fields[pk]", "Typed on the page")
                .param("fields[os_number]", "").with(as("pmo")).with(csrf())).andReturn().getResponse();
        assertThat(typed.getStatus()).isEqualTo(302);
        assertThat(plan().get("tasks").get(1).get("fields").toString()).isEqualTo("{\"pk\":\"Typed on the page\"}");

        // a field tasks hold values of is not deleted; once the tasks are gone, it is
        assertThat(admin.delete("/api/v1/custom-fields/" + pk).status()).isEqualTo(400);
        assertThat(pmo.put("/api/v1/projects/" + project + "/plan", "{\"start\":\"2027-01-04\",\"tasks\":[]}")
                .status()).isEqualTo(200);
        assertThat(admin.delete("/api/v1/custom-fields/" + pk).status()).isEqualTo(204);
        assertThat(admin.delete("/api/v1/custom-fields/" + number).status()).isEqualTo(204);
    }

    /** Every task of the plan holds the file's values of the fields mapped, and no other. */
    private static void assertFieldsAsInFile(JsonNode plan, ImportedProject file, Map<String, String> mapped) {
        Map<Long, JsonNode> bySource = new HashMap<>();
        plan.get("tasks").forEach(task -> bySource.put(task.get("sourceUid").asLong(), task));
        int values = 0;
        for (ImportedProject.Task saved : file.tasks()) {
            JsonNode fields = bySource.get(saved.sourceUniqueId().longValue()).get("fields");
            Map<String, String> expected = new HashMap<>();
            mapped.forEach((fileField, key) -> {
                if (saved.fields().containsKey(fileField)) expected.put(key, saved.fields().get(fileField));
            });
            Map<String, String> actual = new HashMap<>();
            fields.properties().forEach(entry -> actual.put(entry.getKey(), entry.getValue().asString()));
            assertThat(actual).as(saved.name()).isEqualTo(expected);
            values += expected.size();
        }
        assertThat(values).isPositive();
    }

    private JsonNode upload(String name, byte[] content, Integer choice, int status, Map<String, String> parameters)
            throws Exception {
        var request = multipart(imports).file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(as("pmo")).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        if (choice != null) request.param("project", choice.toString());
        parameters.forEach(request::param);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(name + ": " + body).isEqualTo(status);
        return Api.mapper().readTree(body);
    }

    private JsonNode upload(String name, byte[] content, Integer choice, int status) throws Exception {
        var request = multipart(imports).file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(as("pmo")).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        if (choice != null) request.param("project", choice.toString());
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(name + ": " + body).isEqualTo(status);
        return Api.mapper().readTree(body);
    }

    private JsonNode confirm(String previewId, boolean deleteRemoved, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(post(imports + "/" + previewId + "/confirm")
                .param("deleteRemoved", Boolean.toString(deleteRemoved)).with(as("pmo"))
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        return Api.mapper().readTree(body);
    }
}
