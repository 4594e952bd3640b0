package org.lodestar.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.lodestar.intake.AttachmentContent;
import org.lodestar.intake.CommentCommand;
import org.lodestar.intake.ConvertCommand;
import org.lodestar.intake.DecisionCommand;
import org.lodestar.intake.FinancialsCommand;
import org.lodestar.intake.RequestAct;
import org.lodestar.intake.RequestCommand;
import org.lodestar.intake.RequestDesk;
import org.lodestar.intake.RequestRow;
import org.lodestar.intake.RequestState;
import org.lodestar.intake.RequestView;
import org.lodestar.platform.AuditEvent;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.InboxItem;
import org.lodestar.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Project requests over JSON, with their workflow acts as POSTs on the request. An act the state does not allow is
 * 409; an incomplete request cannot be submitted (400, one problem per field).
 */
@RestController
@RequestMapping("/api/v1/requests")
@Tag(name = "Requests", description = "Project requests and their review workflow")
class RequestsApiController extends IntakeApi implements AuthorisedFirst {

    private final RequestDesk desk;

    RequestsApiController(RequestDesk desk, MessageSource messages) {
        super(messages);
        this.desk = desk;
    }

    /** Each act of the workflow table is refused, before its body is read, to whoever may not take it at all. */
    @Override
    public void authorise(String handler, Map<String, String> path) {
        authorise(desk, handler, path);
    }

    /** The request act of a handler of the request pages or API, asked of the desk before anything is bound. */
    static void authorise(RequestDesk desk, String handler, Map<String, String> path) {
        Long id = AuthorisedFirst.id(path, "id");
        RequestAct act = switch (handler) {
            case "change", "update", "financials", "changeFinancials", "attach", "removeAttachment" -> RequestAct.EDIT;
            case "submit" -> RequestAct.SUBMIT;
            case "screen" -> RequestAct.SCREEN;
            case "returnForInformation" -> RequestAct.RETURN;
            case "evaluate" -> RequestAct.EVALUATE;
            case "approve" -> RequestAct.APPROVE;
            case "reject" -> RequestAct.REJECT;
            case "defer" -> RequestAct.DEFER;
            case "reconsider" -> RequestAct.RECONSIDER;
            case "convert" -> RequestAct.CONVERT;
            default -> null;
        };
        if (act != null && id != null) desk.authorise(id, act);
    }

    @GetMapping
    @Operation(operationId = "listRequests",
            summary = "The requests the caller may read, in the given states (every state when none): their own, "
            + "and for reviewers and executives everyone else's but drafts; mine=true lists only their own")
    List<RequestRow> list(@RequestParam(required = false) List<RequestState> state,
                          @RequestParam(defaultValue = "false") boolean mine) {
        return desk.list(state == null ? List.of() : state, mine);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getRequest",
            summary = "One request with its values, financials (NPV, IRR, payback), attachments and comments")
    RequestView get(@PathVariable long id) {
        return desk.get(id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(operationId = "createRequest", summary = "Create a draft request of a type")
    ResponseEntity<RequestView> create(@RequestBody RequestCommand command) {
        RequestView created = desk.create(command);
        return ResponseEntity.created(URI.create("/api/v1/requests/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateRequest",
            summary = "Change what a request says (its requester while draft or returned; reviewers while in review)")
    RequestView change(@PathVariable long id, @RequestBody RequestCommand command) {
        return desk.change(id, command);
    }

    @PutMapping("/{id}/financials")
    @Operation(operationId = "updateRequestFinancials",
            summary = "Set cost and benefit per quarter, the resource estimate and the discount rate")
    RequestView financials(@PathVariable long id, @RequestBody FinancialsCommand command) {
        return desk.changeFinancials(id, command);
    }

    /** The version a workflow act is made from. */
    record Act(Long version) {
        long required() {
            if (version == null) {
                throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("version",
                        "validation.version.required")));
            }
            return version;
        }
    }

    @PostMapping("/{id}/submit")
    @Operation(operationId = "submitRequest",
            summary = "Submit a draft (or the answer to a return); 400 with a problem per missing field")
    RequestView submit(@PathVariable long id, @RequestBody Act act) {
        return desk.submit(id, act.required());
    }

    @PostMapping("/{id}/screen")
    @Operation(operationId = "screenRequest", summary = "Start screening a submitted request (reviewers)")
    RequestView screen(@PathVariable long id, @RequestBody Act act) {
        return desk.startScreening(id, act.required());
    }

    @PostMapping("/{id}/return")
    @Operation(operationId = "returnRequest",
            summary = "Return a request to its requester for more information, with a comment (reviewers)")
    RequestView returnForInformation(@PathVariable long id, @RequestBody CommentCommand command) {
        return desk.returnForInformation(id, command);
    }

    @PostMapping("/{id}/evaluate")
    @Operation(operationId = "evaluateRequest",
            summary = "Pass screening: the request goes on to evaluation (reviewers)")
    RequestView evaluate(@PathVariable long id, @RequestBody Act act) {
        return desk.acceptForEvaluation(id, act.required());
    }

    @PostMapping("/{id}/approve")
    @Operation(operationId = "approveRequest", summary = "Approve, with a reason and the decision date (reviewers)")
    RequestView approve(@PathVariable long id, @RequestBody DecisionCommand decision) {
        return desk.approve(id, decision);
    }

    @PostMapping("/{id}/reject")
    @Operation(operationId = "rejectRequest", summary = "Reject, with a reason and the decision date (reviewers)")
    RequestView reject(@PathVariable long id, @RequestBody DecisionCommand decision) {
        return desk.reject(id, decision);
    }

    @PostMapping("/{id}/defer")
    @Operation(operationId = "deferRequest", summary = "Defer, with a reason and the decision date (reviewers)")
    RequestView defer(@PathVariable long id, @RequestBody DecisionCommand decision) {
        return desk.defer(id, decision);
    }

    @PostMapping("/{id}/reconsider")
    @Operation(operationId = "reconsiderRequest",
            summary = "Take a deferred request up again for evaluation (reviewers)")
    RequestView reconsider(@PathVariable long id, @RequestBody Act act) {
        return desk.reconsider(id, act.required());
    }

    @PostMapping("/{id}/convert")
    @Operation(operationId = "convertRequest",
            summary = "Create the project of an approved request in the chosen portfolio (and programme)")
    RequestView convert(@PathVariable long id, @RequestBody ConvertCommand command) {
        return desk.convert(id, command);
    }

    /** A file sent as JSON: its name, content type and bytes in base64. */
    record Upload(String field, String fileName, String contentType, String base64) {
    }

    @PostMapping("/{id}/attachments")
    @Operation(operationId = "attachToRequest",
            summary = "Attach a file (base64) to an attachment field; size and type are checked")
    RequestView attach(@PathVariable long id, @RequestBody Upload upload) {
        byte[] bytes;
        try {
            bytes = upload.base64() == null ? new byte[0] : Base64.getDecoder().decode(upload.base64());
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("base64",
                    "intake.validation.file.base64")));
        }
        return desk.attach(id, upload.field(), upload.fileName(), upload.contentType(), bytes);
    }

    @GetMapping("/{id}/attachments/{attachment}")
    @Operation(operationId = "getRequestAttachment", summary = "Download an attachment",
            responses = @ApiResponse(responseCode = "200", description = "The file, with the type it was attached with",
                    content = @Content(mediaType = "application/octet-stream",
                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachment) {
        return download(desk.attachment(id, attachment));
    }

    @DeleteMapping("/{id}/attachments/{attachment}")
    @Operation(operationId = "removeRequestAttachment", summary = "Remove an attachment")
    RequestView removeAttachment(@PathVariable long id, @PathVariable long attachment) {
        return desk.removeAttachment(id, attachment);
    }

    @GetMapping("/{id}/audit")
    @Operation(operationId = "getRequestHistory",
            summary = "The request's history: every step with old and new values, newest first")
    List<AuditEvent> history(@PathVariable long id) {
        return desk.history(id);
    }

    @GetMapping("/notices")
    @Operation(operationId = "listRequestNotices", summary = "The caller's notices about their requests, newest first")
    List<InboxItem> notices() {
        return desk.notices();
    }

    /** An attachment as a download: never shown inline, so that no uploaded file runs in our origin. */
    static ResponseEntity<byte[]> download(AttachmentContent content) {
        return ResponseEntity.ok()
                .contentType(mediaType(content.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    /** The stored type; a type stored before types were normalised and that does not parse is served as bytes. */
    private static MediaType mediaType(String stored) {
        try {
            return MediaType.parseMediaType(stored);
        } catch (org.springframework.util.InvalidMimeTypeException unreadable) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
