package org.newskg.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newskg.cli.Newskg;
import picocli.CommandLine.ParseResult;

/**
 * The files under docker/ agree with one another and with the program: the compose file runs the image
 * the Dockerfile builds, on its volumes and port; the default command is one the program accepts; the
 * build context leaves out what it should and keeps what the Dockerfile copies; the README says what the
 * files do. ContainerRunTest runs the default command; ImageBuildTest builds the image where it can.
 */
class DockerFilesTest {
    private final Dockerfile image = Dockerfile.read();
    private final ComposeFile compose = ComposeFile.read();

    @Test
    void composeBuildsThisDockerfileFromTheRepositoryRoot() {
        assertEquals("docker/Dockerfile", compose.scalars().get("dockerfile"));
        assertEquals("..", compose.scalars().get("context"), "the Dockerfile's COPY lines are relative to the repository root");
        for (Dockerfile.Copy copy : image.copies()) {
            if (copy.from() == null) assertTrue(Files.exists(Path.of(copy.source())), "COPY source " + copy.source() + " exists");
        }
    }

    @Test
    void composeRunsTheImagesOwnCommandAndUser() {
        for (String key : List.of("command", "entrypoint", "user")) {
            assertNull(compose.scalars().get(key), "compose overrides the Dockerfile's " + key);
        }
    }

    @Test
    void composeMountsExactlyTheImagesVolumesTheStoreAsANamedVolume() {
        List<String> mounts = compose.lists().get("volumes");
        Set<String> targets = mounts.stream().map(m -> target(m)).collect(Collectors.toSet());
        assertEquals(Set.copyOf(image.volumes()), targets);
        String store = storeOption();
        String storeMount = mounts.stream().filter(m -> target(m).equals(store)).findFirst().orElseThrow();
        // A new named volume takes the owner of the image's directory (the one the Dockerfile chowns); a bind mount would not.
        String volume = storeMount.substring(0, storeMount.indexOf(':'));
        assertTrue(compose.lists().containsKey(volume), "the store is the named volume " + volume);
        assertTrue(image.chowned().contains(store), "the Dockerfile gives " + store + " to the image's user");
        String articles = mounts.stream().filter(m -> target(m).equals(optionValue("--ingest"))).findFirst().orElseThrow();
        assertTrue(articles.endsWith(":ro"), "articles are mounted read-only: " + articles);
        String defaultFolder = articles.replaceFirst("^\\$\\{ARTICLES:-([^}]*)}:.*", "$1");
        assertTrue(Files.isDirectory(Path.of("docker").resolve(defaultFolder)), "the default articles folder " + defaultFolder + " exists");
    }

    @Test
    void thePortIsTheServersDefaultExposedCheckedAndPublishedOnLoopbackOnly() {
        String serverDefault = Newskg.commandLine().getSubcommands().get("serve").getCommandSpec().findOption("--port").defaultValue();
        assertFalse(image.defaultCommand().contains("--port"), "the default command uses the server's default port");
        assertEquals(serverDefault, image.last("EXPOSE"));
        assertEquals(Integer.parseInt(serverDefault), image.healthcheckPort());
        assertEquals(List.of("127.0.0.1:" + serverDefault + ":" + serverDefault), compose.lists().get("ports"));
    }

    @Test
    void theDefaultCommandIsOneTheProgramAcceptsOverTheImagesVolumes() {
        List<String> command = image.execForm("CMD");
        ParseResult parsed = Newskg.commandLine().parseArgs(command.toArray(String[]::new));
        assertEquals("serve", parsed.subcommand().commandSpec().name());
        assertTrue(image.volumes().contains(storeOption()), "--db is a volume");
        assertTrue(image.volumes().contains(optionValue("--ingest")), "--ingest is a volume");
        assertEquals("0.0.0.0", optionValue("--host"), "inside a container the server must listen beyond loopback");
        assertEquals(List.of("java", "-XX:+UseParallelGC", "-jar", "/app/newskg.jar"), image.execForm("ENTRYPOINT"));
        assertTrue(image.copies().stream().anyMatch(c -> c.target().equals("/app/newskg.jar")), "the jar the ENTRYPOINT runs is copied in");
    }

    @Test
    void theServerRunsAsTheUnprivilegedUserTheDockerfileMakes() {
        assertEquals(image.userName(), image.last("USER"));
        assertTrue(image.uid() >= 10000, "uid " + image.uid() + " is clear of the base image's users");
    }

    @Test
    void theBuildContextLeavesOutBuildOutputAndStoresButKeepsWhatTheDockerfileCopies() throws IOException {
        List<String> ignored = Files.readAllLines(Path.of("docker/Dockerfile.dockerignore")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertTrue(ignored.containsAll(List.of("target/", ".git/", "newskg-db/")), ignored.toString());
        for (Dockerfile.Instruction i : Dockerfile.instructions(Dockerfile.PATH)) {
            if (!i.keyword().equals("COPY") || i.args().startsWith("--from")) continue;
            String source = i.args().split("\\s+")[0];
            assertTrue(ignored.stream().noneMatch(p -> source.startsWith(p.replace("**/", ""))), source + " is in the context");
        }
    }

    @Test
    void theReadmeSaysWhatTheFilesDo() throws IOException {
        String readme = Files.readString(Path.of("docker/README.md")).replaceAll("\\s+", " ");
        assertTrue(readme.contains("`" + String.join(" ", image.execForm("CMD")) + "`"), "the README quotes the default command");
        assertTrue(readme.contains("uid " + image.uid()), "the README names the user's uid");
        for (String volume : image.volumes()) assertTrue(readme.contains("`" + volume + "`"), volume);
        for (Dockerfile.Copy copy : image.copies()) {
            assertTrue(readme.contains("`" + copy.target().replaceFirst("/$", "") + "`"), copy.target());
        }
        for (String pattern : Files.readAllLines(Path.of("docker/Dockerfile.dockerignore"))) {
            if (pattern.isBlank() || pattern.startsWith("#")) continue;
            assertTrue(readme.contains("`" + pattern.strip().replace("**/", "") + "`"), "the README lists " + pattern);
        }
        assertTrue(readme.contains("compose -f docker/docker-compose.yml"), "the README runs this compose file");
    }

    /** The container path of a compose mount {@code SOURCE:TARGET[:MODE]}; SOURCE may hold a ${VAR:-default}. */
    private static String target(String mount) {
        String m = mount.replaceFirst(":(ro|rw)$", "");
        return m.substring(m.lastIndexOf(':') + 1);
    }

    private String storeOption() {
        return optionValue("--db");
    }

    private String optionValue(String option) {
        List<String> command = image.execForm("CMD");
        int i = command.indexOf(option);
        return i < 0 ? null : command.get(i + 1);
    }
}
