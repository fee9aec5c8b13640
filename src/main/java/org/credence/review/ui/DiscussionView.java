package org.credence.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.credence.annotation.StatementNotFoundException;
import org.credence.base.ui.MainLayout;
import org.credence.base.ui.Notifications;
import org.credence.review.CommentService;
import org.credence.review.CommentView;

/** The discussion of a document or of one statement: messages with author and time, and a reply box. */
@Route(value = "discussion/:subject(statement|document)/:id", layout = MainLayout.class)
@PageTitle("Discussion · Credence")
@PermitAll
public class DiscussionView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final CommentService comments;
    private final H2 title = new H2();
    final Div thread = new Div();
    final TextArea reply = new TextArea("Your comment");
    final Button post = new Button("Post");
    private boolean onStatement;
    private long subjectId;

    public DiscussionView(CommentService comments) {
        this.comments = comments;
        thread.setId("discussion");
        reply.setId("comment-body");
        reply.setWidthFull();
        reply.setMaxLength(5000);
        post.setId("comment-post");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickListener(e -> post());
        add(title, thread, reply, post);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        onStatement =
                event.getRouteParameters().get("subject").orElse("document").equals("statement");
        subjectId = event.getRouteParameters().getLong("id").orElse(-1L);
        title.setText("Discussion of " + (onStatement ? "statement " : "document ") + subjectId);
        refresh();
    }

    void post() {
        try {
            if (onStatement) {
                comments.onStatement(subjectId, reply.getValue());
            } else {
                comments.onDocument(subjectId, reply.getValue());
            }
            reply.clear();
            refresh();
        } catch (IllegalArgumentException | StatementNotFoundException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void refresh() {
        List<CommentView> messages;
        try {
            messages = onStatement ? comments.statementThread(subjectId) : comments.documentThread(subjectId);
        } catch (StatementNotFoundException e) {
            thread.removeAll();
            thread.add(new Paragraph(e.getMessage()));
            reply.setVisible(false);
            post.setVisible(false);
            return;
        }
        thread.removeAll();
        if (messages.isEmpty()) {
            thread.add(new Paragraph("No comments yet."));
        }
        for (CommentView message : messages) {
            Span meta = new Span(message.author() + " · " + WHEN.format(message.createdAt()) + " UTC");
            meta.addClassName("cr-meta");
            Paragraph body = new Paragraph(message.body());
            body.addClassName("cr-comment");
            thread.add(new Div(meta, body));
        }
    }
}
