package org.credence.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** /api/projects: create (admins), members and guidelines (the project's editors), 404 to non-members. */
class ProjectApiTest extends AbstractApiTest {

    @Test
    void an_administrator_creates_a_project_its_editor_staffs_it_and_outsiders_get_404() throws Exception {
        String name = "Bridge " + UUID.randomUUID();
        callAs("admin");
        String created = perform(post("/api/projects")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"description\":\"Bridge collapse\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.settings.blindMode").value(true))
                .andExpect(jsonPath("$.settings.reviewersPerDocument").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = new ObjectMapper().readTree(created).get("id").asLong();
        perform(post("/api/projects/{id}/members", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"editor\",\"roles\":[\"EDITOR\"]}"))
                .andExpect(status().isCreated());

        callAs("editor");
        perform(put("/api/projects/{id}/members/reviewer2", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\":[\"REVIEWER\"]}"))
                .andExpect(status().isOk());
        perform(put("/api/projects/{id}/guidelines", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"basedOn\":0,\"body\":\"# Labels\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(1));
        perform(put("/api/projects/{id}/guidelines", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"basedOn\":0,\"body\":\"# Other\"}"))
                .andExpect(status().isConflict());
        perform(post("/api/projects").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}"))
                .andExpect(status().isForbidden());

        callAs("reviewer2");
        perform(get("/api/projects"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].myRoles[0]").value("REVIEWER"));
        perform(get("/api/projects/{id}/guidelines", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.body").value("# Labels"));
        perform(delete("/api/projects/{id}/members/editor", id))
                .andExpect(status().isForbidden())
                .andExpect(
                        jsonPath("$.message").value("Only the project's editors and administrators manage a project."));

        callAs("reviewer1");
        for (String path : new String[] {"", "/members", "/guidelines", "/guidelines/history"}) {
            perform(get("/api/projects/" + id + path))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.message").value("Project " + id + " does not exist."));
        }
        perform(get("/api/projects"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
    }

    @Test
    void automatic_assignment_with_an_empty_body_follows_the_projects_reviewers_and_setting() throws Exception {
        callAs("admin");
        String created = perform(post("/api/projects")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Auto " + UUID.randomUUID()
                                + "\",\"settings\":{\"blindMode\":true,\"reviewersPerDocument\":1,"
                                + "\"reviewersMayImport\":false,\"cueLexiconExtension\":\"\"}}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.settings.reviewersPerDocument").value(1))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = new ObjectMapper().readTree(created).get("id").asLong();
        for (String[] member :
                new String[][] {{"editor", "EDITOR"}, {"reviewer1", "REVIEWER"}, {"reviewer2", "REVIEWER"}}) {
            perform(post("/api/projects/{id}/members", id)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"" + member[0] + "\",\"roles\":[\"" + member[1] + "\"]}"))
                    .andExpect(status().isCreated());
        }
        callAs("editor");
        for (String title : new String[] {"first", "second"}) {
            perform(multipart("/api/projects/{id}/documents", id)
                            .file(new org.springframework.mock.web.MockMultipartFile(
                                    "file", title + ".txt", "text/plain", ("The " + title + " report.").getBytes())))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].status").value("CREATED"));
        }

        perform(post("/api/projects/{id}/assignments/auto", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignments").value(2));
        for (String reviewer : new String[] {"reviewer1", "reviewer2"}) {
            callAs(reviewer);
            perform(get("/api/projects/{id}/my/queue", id))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(1));
        }
    }
}
