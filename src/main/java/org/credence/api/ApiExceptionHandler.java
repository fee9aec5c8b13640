package org.credence.api;

import org.credence.annotation.InvalidSpanException;
import org.credence.annotation.StatementChangedException;
import org.credence.annotation.StatementNotFoundException;
import org.credence.document.DocumentNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Maps failures to JSON errors; a malformed request is the caller's 400, never our 500. */
// Every feature's controllers (each feature owns its HTTP API in its web package) answer errors alike.
@RestControllerAdvice(basePackages = "org.credence")
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler({
        DocumentNotFoundException.class,
        StatementNotFoundException.class,
        NoResourceFoundException.class,
        org.credence.claim.ClaimNotFoundException.class,
        org.credence.project.ProjectNotFoundException.class,
        org.credence.discovery.CandidateNotFoundException.class,
        org.credence.discovery.DiscoveryRunNotFoundException.class
    })
    ResponseEntity<ApiError> notFound(Exception e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({InvalidSpanException.class, IllegalArgumentException.class})
    ResponseEntity<ApiError> badRequest(RuntimeException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler({
        StatementChangedException.class,
        OptimisticLockingFailureException.class,
        org.credence.discovery.CandidateDecidedException.class
    })
    ResponseEntity<ApiError> conflict(RuntimeException e) {
        // Our own conflicts explain themselves; Hibernate's version clash at commit does not.
        String message = e instanceof ObjectOptimisticLockingFailureException
                ? "Someone else changed this item at the same moment; nothing was overwritten. Read it again and retry."
                : e.getMessage();
        return error(HttpStatus.CONFLICT, message);
    }

    @ExceptionHandler(org.credence.base.domain.NotPermittedException.class)
    ResponseEntity<ApiError> forbidden(org.credence.base.domain.NotPermittedException e) {
        return error(HttpStatus.FORBIDDEN, e.getMessage());
    }

    /** A role check inside a service (@PreAuthorize) refused the call. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> accessDenied(AccessDeniedException e) {
        return error(HttpStatus.FORBIDDEN, "Your role does not allow this.");
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ApiError> unauthenticated(AuthenticationException e) {
        return error(HttpStatus.UNAUTHORIZED, "Sign in: send your username and password with HTTP Basic.");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected shape.");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        String message = e.getBindingResult().getFieldErrors().stream()
                .map(f -> "'" + f.getField() + "' " + f.getDefaultMessage())
                .sorted()
                .reduce((a, b) -> a + "; " + b)
                .orElse("The request is invalid.");
        return error(HttpStatus.BAD_REQUEST, message + ".");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "'" + e.getName() + "' has the wrong type: '" + e.getValue() + "'.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "The parameter '" + e.getParameterName() + "' is required.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, e.getMessage());
    }

    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ApiError> upload(org.springframework.web.multipart.MultipartException e) {
        if (e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            return error(
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    "The upload is larger than the server accepts in one request;" + " send fewer files at a time.");
        }
        return error(
                HttpStatus.BAD_REQUEST,
                "The upload could not be read as multipart/form-data (too many parts,"
                        + " or cut off); send at most 10,000 files per request, or one zip.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("Unexpected API failure", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on the server; it has been logged.");
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(), message));
    }
}
