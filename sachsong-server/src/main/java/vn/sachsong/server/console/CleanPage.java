package vn.sachsong.server.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.sachsong.server.dataset.Dataset;
import vn.sachsong.server.dataset.DatasetException;
import vn.sachsong.server.dataset.DatasetName;
import vn.sachsong.server.dataset.DatasetService;
import vn.sachsong.server.system.PrivateFolder;
import vn.sachsong.server.system.SachSongProperties;

/**
 * {@code /clean}: upload a CSV or XLSX file (written to disk as it arrives), choose or create the
 * dataset, and follow the job: a progress bar with rows a second and the time left, then the
 * cleaned file and the report to download.
 */
@Controller
class CleanPage {
    private final DatasetService datasets;
    private final JobStore jobs;
    private final CleanJobs queue;
    private final ConsoleAudit audit;
    private final Path uploads;
    private final JobFiles files;

    CleanPage(DatasetService datasets, JobStore jobs, CleanJobs queue, ConsoleAudit audit, SachSongProperties settings,
            JobFiles files) {
        this.files = files;
        this.datasets = datasets;
        this.jobs = jobs;
        this.queue = queue;
        this.audit = audit;
        this.uploads = settings.dataDir().toAbsolutePath().resolve("uploads");
    }

    /** The new dataset's part of the form, when the user creates one. */
    record NewDataset(String name, String title, List<String> required, String key) {
    }

    @GetMapping("/clean")
    @Access(Access.Level.CHANGE)
    String form(Model model) {
        return form(model, null, null, null);
    }

    private String form(Model model, String problem, Object[] args, NewDataset draft) {
        var viewer = Viewer.current();
        model.addAttribute("datasets", datasets.all().stream().filter(d -> viewer.role().mayChange(d.name().agency())).toList());
        model.addAttribute("jobs", jobs.latest(viewer.agency(), 20));
        model.addAttribute("fields", Dataset.FIELDS);
        model.addAttribute("problem", problem);
        model.addAttribute("problemArgs", args);
        model.addAttribute("draft", draft == null ? new NewDataset(viewer.agency() == null ? "" : viewer.agency() + ":", "",
                List.of("full_name", "birth_date"), "") : draft);
        return "clean";
    }

    @PostMapping("/clean")
    @Access(Access.Level.CHANGE)
    String upload(@RequestParam(defaultValue = "") String dataset, @RequestParam(defaultValue = "") String newName,
            @RequestParam(defaultValue = "") String title, @RequestParam(required = false) List<String> required,
            @RequestParam(defaultValue = "") String key, HttpServletRequest request, HttpServletResponse response, Model model)
            throws IOException, jakarta.servlet.ServletException {
        var draft = new NewDataset(newName, title, required == null ? List.of() : required, key);
        var type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());   // no form's upload: nothing to read a file from
            return form(model, "clean.error.no-file", null, draft);
        }
        Part file = request.getPart("file");
        if (file == null || file.getSize() == 0) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, "clean.error.empty", null, draft);
        }
        UploadCheck.Kind kind;
        try (var in = file.getInputStream()) {
            kind = UploadCheck.of(in);
        }
        if (kind != UploadCheck.Kind.CSV && kind != UploadCheck.Kind.XLSX) {
            response.setStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
            file.delete();
            return form(model, kind == UploadCheck.Kind.OLD_EXCEL ? "clean.error.xls" : "clean.error.type", null, draft);
        }
        Dataset target;
        boolean creating = dataset.isBlank() || dataset.equals("new");
        try {
            target = creating ? create(draft) : Scope.changeable(datasets, dataset);
        } catch (DatasetException e) {
            file.delete();
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return e.reason() == null ? form(model, "clean.error.dataset", new Object[] {e.getMessage()}, draft)
                    : form(model, "clean.error.dataset." + e.reason(), e.values(), draft);
        } catch (ConsoleException e) {
            file.delete();
            if (e.status == HttpStatus.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.status.value());
            var named = creating ? draft.name() : dataset;
            return form(model, e.status == HttpStatus.NOT_FOUND ? "clean.error.no-dataset" : "clean.error.dataset-name",
                    new Object[] {named}, draft);
        }
        var folder = PrivateFolder.of(uploads.resolve("job-" + UUID.randomUUID()));
        var path = folder.resolve(UploadCheck.fileName(file.getSubmittedFileName(), kind));
        file.write(path.toString());
        file.delete();
        long id = jobs.insert(target.id(), path.getFileName().toString(), path.toString(), Files.size(path), Viewer.current().name());
        queue.submit(id);
        return "redirect:/clean/jobs/" + id;
    }

    private Dataset create(NewDataset draft) {
        var name = Scope.name(draft.name().strip());
        if (!Viewer.current().role().mayChange(name.agency())) {
            throw ConsoleException.forbidden();
        }
        return datasets.createOrRedefineUnused(name, draft.title(), draft.required(), draft.key().isBlank() ? null : draft.key(),
                jobs::abandoned);
    }

    @GetMapping("/clean/jobs/{id}")
    @Access(Access.Level.SIGNED_IN)
    String job(@PathVariable long id, Model model) {
        model.addAttribute("job", job(id));
        model.addAttribute("filesDays", files.days());
        return "job";
    }

    /** The live part of the job's page, polled by htmx while it runs. */
    @GetMapping("/clean/jobs/{id}/progress")
    @Access(Access.Level.SIGNED_IN)
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("job", job(id));
        model.addAttribute("filesDays", files.days());
        return "job :: progress";
    }

    @GetMapping("/clean/jobs/{id}/output.csv")
    @Access(Access.Level.SIGNED_IN)
    ResponseEntity<FileSystemResource> output(@PathVariable long id, HttpServletRequest request) {
        var job = job(id);
        if (job.filesRemovedAt() != null) {
            throw new ConsoleException(HttpStatus.GONE, "error.job-files-removed", files.days());
        }
        return download(request, job, job.outputPath(), "console.download.output", MediaType.parseMediaType("text/csv"));
    }

    @GetMapping("/clean/jobs/{id}/report.html")
    @Access(Access.Level.SIGNED_IN)
    ResponseEntity<FileSystemResource> report(@PathVariable long id, HttpServletRequest request) {
        var job = job(id);
        return download(request, job, job.reportPath(), "console.download.report", MediaType.TEXT_HTML);
    }

    private ResponseEntity<FileSystemResource> download(HttpServletRequest request, Job job, String file, String purpose,
            MediaType type) {
        if (!job.state().equals("done")) {
            throw ConsoleException.missing("job", job.id());
        }
        return Downloads.of(audit, request, job.datasetName(), file, purpose, type);
    }

    /** The job, when the viewer may read its dataset's agency. */
    private Job job(long id) {
        var job = jobs.find(id).orElseThrow(() -> ConsoleException.missing("job", id));
        Scope.agency(DatasetName.parse(job.datasetName()).agency());
        return job;
    }
}
